package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code /q/metrics} shows, read as Prometheus reads it: samples with labels and values. */
final class MetricsScrape {

  /** One sample: {@code name{label="value",...} 1.0}. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final String text;
  private final List<Sample> samples;

  private MetricsScrape(String text) {
    this.text = text;
    this.samples = parse(text);
  }

  static MetricsScrape now() {
    return new MetricsScrape(given().get("/q/metrics").then().statusCode(200).extract().asString());
  }

  String text() {
    return text;
  }

  /** The sum of the samples named {@code name} whose labels include these (name, value, ...). */
  double sum(String name, String... labels) {
    double total = 0;
    for (Sample s : samples) {
      if (s.name().equals(name) && matches(s.labels(), labels)) {
        total += s.value();
      }
    }
    return total;
  }

  private static boolean matches(Map<String, String> have, String... wanted) {
    for (int i = 0; i < wanted.length; i += 2) {
      if (!wanted[i + 1].equals(have.get(wanted[i]))) {
        return false;
      }
    }
    return true;
  }

  private static List<Sample> parse(String text) {
    List<Sample> all = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = SAMPLE.matcher(line.strip());
      if (line.startsWith("#") || !m.matches()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      all.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
    return all;
  }
}
