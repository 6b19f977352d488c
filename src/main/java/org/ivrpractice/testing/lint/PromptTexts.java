package org.ivrpractice.testing.lint;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Template;
import org.ivrpractice.flow.Text;

/**
 * The words a caller hears at a node, per locale, as the lint reads them: variables stand as one
 * word ("{account.points}" is a number), and a menu without a written prompt is heard as the engine
 * generates it ("For <label>, press 1."). Only what the flow's author wrote is here; the built-in
 * no-input and no-match texts are not.
 */
final class PromptTexts {

  /**
   * One text as heard.
   *
   * @param key which text of the node: {@code prompt}, {@code invalid}, {@code noInput}, ...
   * @param written true when the author wrote it out (a generated menu prompt is not)
   */
  record Heard(String key, String locale, String words, boolean written) {}

  private PromptTexts() {}

  /** The texts the node speaks (its prompt, generated or not, and its own retry texts). */
  static List<Heard> of(Flow flow, Node node) {
    List<Heard> out = new ArrayList<>();
    for (String locale : flow.locales()) {
      if (node instanceof Node.Menu menu && menu.prompt() == null) {
        out.add(new Heard("prompt", locale, generated(menu, locale), false));
      } else {
        add(out, "prompt", locale, node.texts().get("prompt"), true);
      }
      add(out, "invalid", locale, node.texts().get("invalid"), true);
    }
    return out;
  }

  private static void add(List<Heard> out, String key, String locale, Text text, boolean written) {
    if (text != null) {
      out.add(new Heard(key, locale, words(text.in(locale)), written));
    }
  }

  /** The template's words, each variable standing as one word. */
  static String words(Template template) {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : template.parts()) {
      out.append(part instanceof Template.Literal literal ? literal.text() : " _ ");
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** A menu's generated prompt, as the engine's PromptRenderer writes it. */
  static String generated(Node.Menu menu, String locale) {
    boolean spanish = locale.startsWith("es");
    List<String> sentences = new ArrayList<>();
    if (menu.intro() != null) {
      sentences.add(words(menu.intro().in(locale)));
    }
    for (Node.Option option : menu.options()) {
      String label = option.label() == null ? "" : words(option.label().in(locale));
      String key = keyName(option.digit(), spanish);
      sentences.add(
          spanish
              ? "Para " + label + ", marque " + key + "."
              : "For " + label + ", press " + key + ".");
    }
    return String.join(" ", sentences);
  }

  private static String keyName(String digit, boolean spanish) {
    return switch (digit) {
      case "*" -> spanish ? "asterisco" : "star";
      case "#" -> spanish ? "numeral" : "pound";
      default -> digit;
    };
  }
}
