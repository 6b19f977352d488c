package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ivrpractice.flow.DigitCheck;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Text;

/**
 * A menu or collect as Studio widgets: the gather, a split on its digits and one on its words
 * (options and the escapes it keeps), and the counters of no-input and no-match.
 */
final class StudioExportMenu {

  private final StudioExportNodes nodes;
  private final StudioStates states;
  private final Flow line;
  private final String name;
  private final Node.Waiting node;
  private final Function<String, String> to;

  StudioExportMenu(
      StudioExportNodes nodes,
      StudioStates states,
      Flow line,
      String name,
      Node.Waiting node,
      Function<String, String> to,
      String prefix) {
    this.nodes = nodes;
    this.states = states;
    this.line = line;
    this.name = name;
    this.node = node;
    this.to = to;
  }

  void write(String prompt, BiFunction<Text, String, String> sayIn, Function<Text, String> say) {
    Node.Menu menu = (Node.Menu) node;
    String text = prompt.isEmpty() ? generated(menu, sayIn) : prompt;
    counters(true);
    Map<String, Object> g =
        states.add(
            name,
            "gather-input-on-call",
            List.of(
                StudioStates.on("keypress", name + "__keys"),
                StudioStates.on("speech", name + "__words"),
                StudioStates.on("timeout", name + "__no_input")));
    gather(g, text);
    g.put("number_of_digits", 1);
    List<Map<String, Object>> keys = new ArrayList<>();
    List<Map<String, Object>> words = new ArrayList<>();
    keys.add(StudioStates.on("noMatch", name + "__no_match"));
    words.add(StudioStates.on("noMatch", name + "__no_match"));
    String digits = "{{widgets." + name + ".Digits}}";
    String speech = "{{widgets." + name + ".SpeechResult}}";
    conditions(menu, digits, speech, keys, words);
    states.add(name + "__keys", "split-based-on", keys).put("input", digits);
    states.add(name + "__words", "split-based-on", words).put("input", speech);
    failure("no_input", menu.input().noInput(), say);
    failure("no_match", menu.input().noMatch(), say);
  }

  /** The splits' conditions: each option's key and words, then each escape's. */
  private void conditions(
      Node.Menu menu,
      String digits,
      String speech,
      List<Map<String, Object>> keys,
      List<Map<String, Object>> words) {
    for (Node.Option o : menu.options()) {
      String target = optionTarget(o);
      keys.add(StudioStates.match(target, digits, "equal_to", o.digit()));
      if (!o.synonyms().isEmpty()) {
        words.add(
            StudioStates.match(target, speech, "matches_any_of", String.join(", ", o.synonyms())));
      }
    }
    for (Escape e : nodes.escapes(menu)) {
      String target = e.isRepeat() ? name : nodes.escapeEntry(e);
      if (e.digit() != null) {
        keys.add(StudioStates.match(target, digits, "equal_to", e.digit()));
      }
      if (!e.synonyms().isEmpty()) {
        words.add(
            StudioStates.match(target, speech, "matches_any_of", String.join(", ", e.synonyms())));
      }
    }
  }

  void writeCollect(String prompt, Node.Collect collect, Function<Text, String> say) {
    counters(true);
    String next = to.apply(collect.next());
    boolean checked = checked(collect);
    Map<String, Object> g =
        states.add(
            name,
            "gather-input-on-call",
            List.of(
                StudioStates.on("keypress", checked ? name + "__check" : next),
                StudioStates.on("speech", name + "__words"),
                StudioStates.on("timeout", name + "__no_input")));
    gather(g, prompt);
    if (collect.minLength() == collect.maxLength()) {
      g.put("number_of_digits", collect.minLength());
    }
    if (collect.finishKey() != null) {
      g.put("finish_on_key", collect.finishKey());
    }
    if (checked) {
      check(collect, next);
    }
    escapeWords(collect);
    failure("no_input", collect.input().noInput(), say);
    failure(
        "no_match", collect.invalid() != null ? collect.invalid() : collect.input().noMatch(), say);
  }

  /** A collect's split on what is said: the words of the escapes it keeps, else a no-match. */
  private void escapeWords(Node.Collect collect) {
    List<Map<String, Object>> words = new ArrayList<>();
    words.add(StudioStates.on("noMatch", name + "__no_match"));
    String speech = "{{widgets." + name + ".SpeechResult}}";
    for (Escape e : nodes.escapes(collect)) {
      if (!e.synonyms().isEmpty()) {
        String target = e.isRepeat() ? name : nodes.escapeEntry(e);
        words.add(
            StudioStates.match(target, speech, "matches_any_of", String.join(", ", e.synonyms())));
      }
    }
    states.add(name + "__words", "split-based-on", words).put("input", speech);
  }

  /** A check, a length range or a sensitive entry: for {@code ivr-check} to tell. */
  private static boolean checked(Node.Collect collect) {
    return collect.check() != DigitCheck.NONE
        || collect.minLength() != collect.maxLength()
        || collect.sensitive();
  }

  /** The {@code ivr-check} call: on to the next node, or counted as a no-match. */
  private void check(Node.Collect collect, String next) {
    Map<String, Object> p =
        states.add(
            name + "__check",
            "run-function",
            List.of(
                StudioStates.on("success", next), StudioStates.on("fail", name + "__no_match")));
    p.put("url", StudioFunctions.URL + StudioFunctions.CHECK);
    p.put(
        "parameters",
        List.of(
            StudioFunctions.parameter(StudioFunctions.CHECK_KIND, collect.check().yamlName()),
            StudioFunctions.parameter(
                StudioFunctions.LENGTH, collect.minLength() + "-" + collect.maxLength()),
            StudioFunctions.parameter(
                StudioFunctions.SENSITIVE, String.valueOf(collect.sensitive())),
            StudioFunctions.parameter(StudioFunctions.DIGITS, "{{widgets." + name + ".Digits}}")));
  }

  /** The option's node, through a set-variables for what it sets. */
  private String optionTarget(Node.Option o) {
    String target = to.apply(o.target());
    Map<String, String> set = new LinkedHashMap<>(o.set());
    if (set.isEmpty()) {
      return target;
    }
    String setter =
        name
            + "__set_"
            + (o.digit().equals("*") ? "star" : o.digit().equals("#") ? "pound" : o.digit());
    List<Map<String, Object>> variables = new ArrayList<>();
    set.forEach(
        (k, v) -> {
          variables.add(Map.of("key", k, "value", v));
          nodes.optionSets(k);
        });
    states
        .add(setter, "set-variables", List.of(StudioStates.on("next", target)))
        .put("variables", variables);
    return setter;
  }

  private void counters(boolean noMatch) {
    List<Map<String, Object>> zero = new ArrayList<>();
    zero.add(Map.of("key", name + "_no_input", "value", "0"));
    if (noMatch) {
      zero.add(Map.of("key", name + "_no_match", "value", "0"));
    }
    states
        .add(name + StudioCounters.ENTER, "set-variables", List.of(StudioStates.on("next", name)))
        .put("variables", zero);
  }

  /** One failure's counter: add one, past the limit the fallback, else the text and again. */
  private void failure(String kind, Text text, Function<Text, String> say) {
    String counter = name + "_" + kind;
    states
        .add(
            name + "__" + kind,
            "set-variables",
            List.of(StudioStates.on("next", name + "__" + kind + "_check")))
        .put(
            "variables",
            List.of(Map.of("key", counter, "value", StudioCounters.increment(counter))));
    String input = "{{flow.variables." + counter + "}}";
    states
        .add(
            name + "__" + kind + "_check",
            "split-based-on",
            List.of(
                StudioStates.on("noMatch", name + "__" + kind + "_say"),
                StudioStates.match(
                    nodes.fallbackEntry(node, to),
                    input,
                    "greater_than",
                    String.valueOf(node.input().retries()))))
        .put("input", input);
    Map<String, Object> p =
        states.add(
            name + "__" + kind + "_say",
            "say-play",
            List.of(StudioStates.on("audioComplete", name)));
    p.put("say", say.apply(text));
    p.put("loop", 1);
  }

  private void gather(Map<String, Object> g, String prompt) {
    g.put("say", prompt);
    g.put("language", StudioLocales.language(line));
    g.put("timeout", node.input().timeoutSeconds());
    g.put("speech_timeout", "auto");
    g.put("stop_gather", true);
    g.put("loop", 1);
  }

  /** The prompt our engine makes from the intro and the options' labels, in each locale. */
  private String generated(Node.Menu menu, BiFunction<Text, String, String> say) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String locale : line.locales()) {
      texts.put(locale, generated(menu, locale, say));
    }
    return StudioLocales.choose(texts);
  }

  private String generated(Node.Menu menu, String locale, BiFunction<Text, String, String> say) {
    boolean spanish = locale.startsWith("es");
    StringBuilder out = new StringBuilder(say.apply(menu.intro(), locale));
    for (Node.Option o : menu.options()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String key =
          o.digit().equals("*")
              ? (spanish ? "asterisco" : "star")
              : o.digit().equals("#") ? (spanish ? "numeral" : "pound") : o.digit();
      out.append(spanish ? "Para " : "For ")
          .append(o.label() == null ? "" : say.apply(o.label(), locale))
          .append(spanish ? ", marque " : ", press ")
          .append(key)
          .append('.');
    }
    return out.toString().trim();
  }
}
