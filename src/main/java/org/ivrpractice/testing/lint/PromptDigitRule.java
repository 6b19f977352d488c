package org.ivrpractice.testing.lint;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/**
 * {@code prompt-digit-mismatch}: a menu's written-out prompt must name every option's key, and name
 * no key that nothing answers to. "Press 7" with no option 7 sends callers into a no-match; an
 * option the prompt never names is one no caller finds. Keys are read after "press", "dial",
 * "oprima", "marque", "pulse" or "presione", as a digit or a word ("one", "star", "uno",
 * "asterisco"). Keys of the menu's active escapes may be named too.
 */
final class PromptDigitRule implements LintRule {

  private static final Map<String, String> KEY_WORDS =
      Map.ofEntries(
          Map.entry("zero", "0"),
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("star", "*"),
          Map.entry("pound", "#"),
          Map.entry("hash", "#"),
          Map.entry("cero", "0"),
          Map.entry("uno", "1"),
          Map.entry("dos", "2"),
          Map.entry("tres", "3"),
          Map.entry("cuatro", "4"),
          Map.entry("cinco", "5"),
          Map.entry("seis", "6"),
          Map.entry("siete", "7"),
          Map.entry("ocho", "8"),
          Map.entry("nueve", "9"),
          Map.entry("asterisco", "*"),
          Map.entry("numeral", "#"));

  private static final Pattern PRESS =
      Pattern.compile(
          "\\b(?:press|dial|oprima|marque|pulse|presione)\\s+(?:the\\s+|la\\s+tecla\\s+)?"
              + "([0-9*#]|[a-z]+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public String id() {
    return "prompt-digit-mismatch";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a written-out menu prompt names a key no option has, or leaves an option's key out";
  }

  @Override
  public void check(Flow flow, LintContext context) {
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Menu menu && menu.prompt() != null) {
        for (String locale : flow.locales()) {
          check(flow, menu, locale, context);
        }
      }
    }
  }

  private void check(Flow flow, Node.Menu menu, String locale, LintContext context) {
    Set<String> named = keysNamed(PromptTexts.words(menu.prompt().in(locale)));
    Set<String> answered = new LinkedHashSet<>();
    menu.options().forEach(o -> answered.add(o.digit()));
    for (Escape e : flow.escapes()) {
      if (menu.input().escapes().contains(e.name()) && e.digit() != null) {
        answered.add(e.digit());
      }
    }
    for (String key : named) {
      if (!answered.contains(key)) {
        context.report(
            menu,
            "the "
                + locale
                + " prompt says to press "
                + key
                + ", but no option or escape of"
                + " this menu answers to "
                + key,
            "add an option with digit: " + key + ", or correct the prompt; " + context.silence());
      }
    }
    unnamedOptions(menu, locale, named, context);
  }

  private static void unnamedOptions(
      Node.Menu menu, String locale, Set<String> named, LintContext context) {
    for (Node.Option option : menu.options()) {
      if (!named.contains(option.digit())) {
        context.report(
            option.position(),
            menu.id(),
            "the "
                + locale
                + " prompt never names option "
                + option.digit()
                + ", so callers cannot find it",
            "add \"press "
                + option.digit()
                + "\" for it to the prompt, or leave the prompt out to"
                + " generate it from the labels; "
                + context.silence());
      }
    }
  }

  /** The keys a text tells the caller to press. */
  static Set<String> keysNamed(String text) {
    Set<String> keys = new TreeSet<>();
    Matcher m = PRESS.matcher(text);
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      String key = word.matches("[0-9*#]") ? word : KEY_WORDS.get(word);
      if (key != null) {
        keys.add(key);
      }
    }
    return keys;
  }
}
