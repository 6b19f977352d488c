package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ivrpractice.flow.Flow;

/**
 * A line's locales in Studio, where a widget speaks one text: the flow variable {@code locale} (set
 * by the options that set ours) chooses the text with a Liquid {@code if}, the first locale's being
 * the {@code else}, so that a call that has chosen nothing hears it; a widget's {@code language} is
 * {@code {{flow.variables.locale | default: 'en-US'}}}. The import reads both back.
 */
final class StudioLocales {

  private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(.*?)\\s*-?%}", Pattern.DOTALL);

  private static final Pattern WHEN =
      Pattern.compile("(?:if|elsif) flow\\.variables\\.locale == [\"']([A-Za-z-]+)[\"']");

  private static final Pattern DEFAULT =
      Pattern.compile(
          "\\{\\{\\s*flow\\.variables\\.locale\\s*\\|\\s*default:\\s*[\"']([A-Za-z-]+)[\"']\\s*}}");

  private StudioLocales() {}

  /** A widget's language: the one locale, or the locale the caller chose. */
  static String language(Flow line) {
    return line.locales().size() == 1
        ? line.defaultLocale()
        : "{{flow.variables.locale | default: '" + line.defaultLocale() + "'}}";
  }

  /** The first locale of a language written by {@link #language}, or null. */
  static String defaultOf(String language) {
    Matcher m = DEFAULT.matcher(language == null ? "" : language.strip());
    return m.matches() ? m.group(1) : null;
  }

  /** One text when every locale's is the same, else the Liquid that chooses (first as else). */
  static String choose(Map<String, String> texts) {
    List<String> locales = new ArrayList<>(texts.keySet());
    String first = texts.get(locales.get(0));
    if (texts.values().stream().allMatch(first::equals)) {
      return first;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < locales.size(); i++) {
      out.append(i == 1 ? "{% if" : "{% elsif")
          .append(" flow.variables.locale == '")
          .append(locales.get(i))
          .append("' %}")
          .append(texts.get(locales.get(i)));
    }
    return out.append("{% else %}").append(first).append("{% endif %}").toString();
  }

  /**
   * The texts of a Liquid written by {@link #choose}, by locale (the {@code else} under {@code
   * first}), or null when the text is not one.
   */
  static Map<String, String> texts(String text, String first) {
    Matcher m = TAG.matcher(text);
    Map<String, String> out = new LinkedHashMap<>();
    String locale = null;
    int last = 0;
    boolean done = false;
    while (m.find()) {
      String body = text.substring(last, m.start());
      if (locale == null ? !body.isEmpty() : out.put(locale, body) != null) {
        return null;
      }
      last = m.end();
      Matcher when = WHEN.matcher(m.group(1));
      if (when.matches() && !done) {
        locale = when.group(1);
      } else if (m.group(1).equals("else") && locale != null) {
        locale = first;
      } else if (m.group(1).equals("endif") && first.equals(locale)) {
        locale = null;
        done = true;
      } else {
        return null;
      }
    }
    return done && last == text.length() && out.size() > 1 ? reorder(out, first) : null;
  }

  private static Map<String, String> reorder(Map<String, String> texts, String first) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(first, texts.get(first));
    out.putAll(texts);
    return out;
  }

  /** Marks the texts of a text in several locales inside one string, as the import passes it. */
  private static final char MARK = '\u0001';

  /** The texts as one string that {@link FlowYaml#quote} writes as {@code { en-US: ..., ... }}. */
  static String encode(Map<String, String> texts) {
    StringBuilder out = new StringBuilder();
    texts.forEach((locale, text) -> out.append(MARK).append(locale).append(MARK).append(text));
    return out.toString();
  }

  /** The texts of a string {@link #encode} made, or null for a text in one locale. */
  static Map<String, String> decode(String text) {
    if (text == null || text.isEmpty() || text.charAt(0) != MARK) {
      return null;
    }
    String[] parts = text.substring(1).split(String.valueOf(MARK), -1);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parts.length; i += 2) {
      out.put(parts[i], parts[i + 1]);
    }
    return out;
  }
}
