package org.ivrpractice.interop;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid, as Studio writes it in prompts and conditions ({@code {{widgets.menu.Digits}}}, {@code
 * {{flow.variables.k | default: 'x'}}}), turned into our templates ({@code {menu.Digits}}). What
 * has no counterpart (a {@code {% tag %}}, a filter other than {@code default}) is told to {@code
 * trouble}, one message each.
 */
final class Liquid {

  /** What a Liquid variable stands for in our flow. */
  sealed interface Value permits Variable, Spelled, Fixed {}

  /** One of our variables, by its path. */
  record Variable(String path) implements Value {}

  /** One of our variables, read digit by digit ({@code {ref|digits}}). */
  record Spelled(String path) implements Value {}

  /** A text fixed at import (a practice stand-in for what only a real call knows). */
  record Fixed(String text) implements Value {}

  /** What a Liquid path ({@code widgets.gather.Digits}) is, or null when the import cannot say. */
  interface Resolver {
    Value resolve(String path);
  }

  private static final Pattern OUTPUT = Pattern.compile("\\{\\{(.*?)}}|\\{%(.*?)%}");

  /** {@code x | split: '' | join: ' '}: the value's digits one by one. */
  private static final Pattern SPELLED =
      Pattern.compile("[^|]+\\|\\s*split:\\s*(''|\"\")\\s*\\|\\s*join:\\s*(' '|\" \")\\s*");

  private Liquid() {}

  /** A text for a caller to hear, with Liquid outputs as our {@code {variables}}. */
  static String template(String text, Resolver resolver, Consumer<String> trouble) {
    StringBuilder out = new StringBuilder();
    Matcher m = OUTPUT.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(literal(text.substring(last, m.start())));
      last = m.end();
      if (m.group(2) != null) {
        trouble.accept(
            "uses the Liquid tag '{%" + m.group(2) + "%}', which has no counterpart in a flow");
        continue;
      }
      Value value = output(m.group(1), resolver, trouble);
      if (value instanceof Variable v) {
        out.append('{').append(v.path()).append('}');
      } else if (value instanceof Spelled s) {
        out.append('{').append(s.path()).append("|digits}");
      } else if (value instanceof Fixed f) {
        out.append(literal(f.text()));
      }
    }
    return out.append(literal(text.substring(last))).toString();
  }

  /**
   * The variable a text that is one Liquid output stands for ({@code {{widgets.x.Digits}}}), or
   * null (told to {@code trouble}) when it is not one.
   */
  static Value value(String text, Resolver resolver, Consumer<String> trouble) {
    Matcher m = OUTPUT.matcher(text == null ? "" : text.strip());
    if (!m.matches() || m.group(1) == null) {
      trouble.accept("'" + text + "' is not one Liquid variable such as {{widgets.x.Digits}}");
      return null;
    }
    return output(m.group(1), resolver, trouble);
  }

  /** True when the text holds Liquid at all. */
  static boolean has(String text) {
    return text != null && OUTPUT.matcher(text).find();
  }

  private static Value output(String inside, Resolver resolver, Consumer<String> trouble) {
    String[] parts = inside.split("\\|");
    String path = parts[0].strip();
    if (SPELLED.matcher(inside).matches()) {
      return resolver.resolve(path) instanceof Variable v ? new Spelled(v.path()) : null;
    }
    for (int i = 1; i < parts.length; i++) {
      String filter = parts[i].strip();
      if (!filter.startsWith("default")) {
        trouble.accept(
            "uses the Liquid filter '| "
                + filter
                + "' in {{"
                + inside.strip()
                + "}}, which has no"
                + " counterpart in a flow");
        return null;
      }
    }
    Value value = resolver.resolve(path);
    if (value == null) {
      trouble.accept("uses {{" + path + "}}, which the import cannot turn into a variable");
    }
    return value;
  }

  /** Plain text, with our template's braces doubled so that they are heard as written. */
  private static String literal(String text) {
    return text.replace("{", "{{").replace("}", "}}");
  }
}
