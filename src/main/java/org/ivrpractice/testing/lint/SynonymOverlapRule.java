package org.ivrpractice.testing.lint;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/**
 * {@code overlapping-synonyms}: the words of one option's synonym appear inside another option's
 * ("card" and "lost card"). The engine picks the longest match, so "I lost my card" and "my card is
 * lost" go different ways, which callers cannot guess.
 */
final class SynonymOverlapRule implements LintRule {

  @Override
  public String id() {
    return "overlapping-synonyms";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a spoken synonym of one option lies inside a synonym of another option";
  }

  @Override
  public void check(Flow flow, LintContext context) {
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Menu menu) {
        check(menu, context);
      }
    }
  }

  private void check(Node.Menu menu, LintContext context) {
    List<Node.Option> options = menu.options();
    for (Node.Option inner : options) {
      for (String shorter : inner.synonyms()) {
        for (Node.Option outer : options) {
          if (outer == inner) {
            continue;
          }
          for (String longer : outer.synonyms()) {
            if (contains(words(longer), words(shorter))) {
              context.report(
                  inner.position(),
                  menu.id(),
                  "option "
                      + inner.digit()
                      + "'s \""
                      + shorter
                      + "\" lies inside option "
                      + outer.digit()
                      + "'s \""
                      + longer
                      + "\": which one a caller reaches depends on the words around it",
                  "make the synonyms distinct, or drop the shorter one; " + context.silence());
            }
          }
        }
      }
    }
  }

  private static List<String> words(String text) {
    String plain =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("['’]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
  }

  private static boolean contains(List<String> longer, List<String> run) {
    if (run.isEmpty() || run.size() > longer.size()) {
      return false;
    }
    for (int i = 0; i + run.size() <= longer.size(); i++) {
      if (longer.subList(i, i + run.size()).equals(run)) {
        return true;
      }
    }
    return false;
  }
}
