package org.ivrpractice.testing.lint;

import java.util.Locale;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.testing.explore.CallTiming;

/**
 * {@code prompt-too-long}: a caller cannot hold a long prompt in mind, and waits through it every
 * time. Generated menu prompts count too: they grow with every option.
 */
final class PromptLengthRule implements LintRule {

  /** The most words a prompt should have. */
  static final int MAX_WORDS = 40;

  /** The most seconds a prompt should take to say (see {@link CallTiming}). */
  static final double MAX_SECONDS = 16;

  @Override
  public String id() {
    return "prompt-too-long";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a prompt has more than "
        + MAX_WORDS
        + " words or takes more than "
        + (int) MAX_SECONDS
        + " seconds to say";
  }

  @Override
  public void check(Flow flow, LintContext context) {
    for (Node node : flow.nodes().values()) {
      for (PromptTexts.Heard heard : PromptTexts.of(flow, node)) {
        int words = CallTiming.words(heard.words());
        double seconds = CallTiming.speaking(heard.words());
        if (words > MAX_WORDS || seconds > MAX_SECONDS) {
          context.report(
              node,
              String.format(
                  Locale.ROOT,
                  "the %s %s%s has %d words (about %.0f seconds); callers hold about %d",
                  heard.locale(),
                  heard.key(),
                  heard.written() ? "" : " (generated from the labels)",
                  words,
                  seconds,
                  MAX_WORDS),
              (heard.written()
                      ? "say less, or split it over two nodes; "
                      : "shorten the labels and intro, or move options into a sub-menu; ")
                  + context.silence());
        }
      }
    }
  }
}
