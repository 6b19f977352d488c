package org.ivrpractice.practice;

import java.util.List;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Choice;

/**
 * The input a call waits for, as the web page needs it.
 *
 * @param kind {@code menu} (one key, sent at once) or {@code digits} (collected, then sent)
 * @param options a menu's options (empty for digits)
 * @param escapes the global escapes active here
 * @param minLength for digits: the fewest digits accepted
 * @param maxLength for digits: the most; entry is sent when reached
 * @param finishKey for digits: the key that ends entry early, or null
 * @param sensitive for digits: what is typed is masked everywhere
 * @param timeoutSeconds seconds of silence that count as no input
 */
public record AwaitingView(
    String kind,
    List<ChoiceView> options,
    List<ChoiceView> escapes,
    int minLength,
    int maxLength,
    String finishKey,
    boolean sensitive,
    int timeoutSeconds) {

  /** A key or words the caller can use. */
  public record ChoiceView(String digit, String label, List<String> say) {
    static ChoiceView of(Choice c) {
      return new ChoiceView(c.digit(), c.label(), List.copyOf(c.synonyms()));
    }
  }

  static AwaitingView of(Awaiting awaiting) {
    if (awaiting == null) {
      return null;
    }
    List<ChoiceView> escapes = awaiting.escapes().stream().map(ChoiceView::of).toList();
    if (awaiting instanceof Awaiting.MenuChoice menu) {
      List<ChoiceView> options = menu.options().stream().map(ChoiceView::of).toList();
      return new AwaitingView("menu", options, escapes, 1, 1, null, false, menu.timeoutSeconds());
    }
    Awaiting.DigitEntry entry = (Awaiting.DigitEntry) awaiting;
    return new AwaitingView(
        "digits",
        List.of(),
        escapes,
        entry.minLength(),
        entry.maxLength(),
        entry.finishKey(),
        entry.sensitive(),
        entry.timeoutSeconds());
  }

  /** What the phone's display says about it. */
  public String describe() {
    if (kind.equals("menu")) {
      return "Press a key or say an option (" + options.size() + " options).";
    }
    return "Enter "
        + Awaiting.DigitEntry.lengthInWords(minLength, maxLength)
        + (finishKey == null ? "" : ", then " + finishKey)
        + (sensitive ? " (masked)" : "")
        + ".";
  }
}
