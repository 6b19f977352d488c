package org.ivrpractice.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Template;
import org.ivrpractice.flow.Text;

/**
 * Turns texts into the words a caller hears: fills in variables (sensitive ones masked), reads
 * values digit by digit, and writes a menu's prompt from its options' labels when the flow gives
 * none.
 */
final class PromptRenderer {

  /** Runs of spaces, as an unset variable leaves them (compiled once: this is the hot path). */
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private PromptRenderer() {}

  /** The text in the locale, with the variables filled in; an unset variable reads as nothing. */
  static String render(
      Text text, String locale, Map<String, String> variables, Map<String, String> digests) {
    List<Template.Part> parts = text.in(locale).parts();
    if (parts.size() == 1 && parts.get(0) instanceof Template.Literal literal) {
      return tidy(literal.text());
    }
    StringBuilder out = new StringBuilder();
    for (Template.Part part : parts) {
      if (part instanceof Template.Literal literal) {
        out.append(literal.text());
      } else if (part instanceof Template.Variable variable) {
        out.append(value(variable, locale, variables, digests));
      }
    }
    return tidy(out.toString());
  }

  /**
   * A saved record's field: the template with its variables' values as they are (a {@code |digits}
   * format is for speaking and is not applied), an unset variable as nothing.
   */
  static String value(Template template, Map<String, String> variables) {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : template.parts()) {
      if (part instanceof Template.Literal literal) {
        out.append(literal.text());
      } else if (part instanceof Template.Variable variable) {
        out.append(variables.getOrDefault(variable.path(), ""));
      }
    }
    return tidy(out.toString());
  }

  /** Single spaces, none at the ends. */
  private static String tidy(String said) {
    return (said.contains("  ") ? SPACES.matcher(said).replaceAll(" ") : said).trim();
  }

  private static String value(
      Template.Variable variable,
      String locale,
      Map<String, String> variables,
      Map<String, String> digests) {
    String value = variables.getOrDefault(variable.path(), "");
    if (digests.containsKey(variable.path())) {
      return masked(value, locale);
    }
    return variable.digits() ? spaced(value) : value;
  }

  /** A sensitive value as it may be heard: "ending in 0 0 0 5". */
  private static String masked(String maskedValue, String locale) {
    String tail = SensitiveDigits.visibleTail(maskedValue);
    boolean spanish = isSpanish(locale);
    if (tail.isEmpty()) {
      return spanish ? "que usted ingresó" : "that you entered";
    }
    return (spanish ? "que termina en " : "ending in ") + spaced(tail);
  }

  /** "4712" read as "4 7 1 2". */
  static String spaced(String value) {
    StringBuilder out = new StringBuilder(value.length() * 2);
    for (int i = 0; i < value.length(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(value.charAt(i));
    }
    return out.toString();
  }

  /**
   * The menu's written prompt, or one generated from its intro and its options' labels.
   *
   * @param labels the options' labels as the caller hears them (null where an option has none), in
   *     the menu's order: rendered once for both the prompt and the choices offered
   */
  static String menuPrompt(
      Node.Menu menu,
      List<String> labels,
      String locale,
      Map<String, String> variables,
      Map<String, String> digests) {
    if (menu.prompt() != null) {
      return render(menu.prompt(), locale, variables, digests);
    }
    StringBuilder out = new StringBuilder(64 * (menu.options().size() + 1));
    if (menu.intro() != null) {
      out.append(render(menu.intro(), locale, variables, digests));
    }
    boolean spanish = isSpanish(locale);
    for (int i = 0; i < menu.options().size(); i++) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String label = labels.get(i);
      out.append(spanish ? "Para " : "For ")
          .append(label == null ? "" : label)
          .append(spanish ? ", marque " : ", press ")
          .append(keyName(menu.options().get(i).digit(), spanish))
          .append('.');
    }
    return out.toString().trim();
  }

  private static String keyName(String digit, boolean spanish) {
    if (digit.equals("*")) {
      return spanish ? "asterisco" : "star";
    }
    if (digit.equals("#")) {
      return spanish ? "numeral" : "pound";
    }
    return digit;
  }

  static boolean isSpanish(String locale) {
    return locale != null && (locale.equals("es") || locale.startsWith("es-"));
  }
}
