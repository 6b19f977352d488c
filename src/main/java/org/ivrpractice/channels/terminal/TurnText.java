package org.ivrpractice.channels.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Choice;
import org.ivrpractice.engine.Ending;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.engine.Turn;

/** Renders a turn as lines of text: what the line says, then what it waits for. */
final class TurnText {

  void print(Turn turn, PrintWriter out) {
    for (Prompt prompt : turn.prompts()) {
      out.println("IVR: " + prompt.text());
    }
    if (turn.awaiting() != null) {
      out.println("     [" + hint(turn.awaiting()) + "]");
    } else if (turn.ending() != null) {
      out.println(ending(turn.ending()));
    }
    out.flush();
  }

  String hint(Awaiting awaiting) {
    List<String> parts = new ArrayList<>();
    if (awaiting instanceof Awaiting.MenuChoice menu) {
      List<String> keys = new ArrayList<>();
      for (Choice c : menu.options()) {
        keys.add(c.digit() + (c.label() == null ? "" : " " + c.label()));
      }
      parts.add("press " + String.join(", ", keys));
    } else if (awaiting instanceof Awaiting.DigitEntry entry) {
      parts.add(
          "enter "
              + entry.lengthInWords()
              + (entry.finishKey() == null ? "" : ", then " + entry.finishKey())
              + (entry.sensitive() ? " (masked)" : ""));
    }
    for (Choice e : awaiting.escapes()) {
      String said = e.synonyms().isEmpty() ? "" : " or say \"" + e.synonyms().get(0) + "\"";
      parts.add((e.digit() == null ? "" : e.digit() + " ") + e.label() + said);
    }
    parts.add("silent " + awaiting.timeoutSeconds() + " s (or an empty line) is silence");
    return String.join(" | ", parts);
  }

  String ending(Ending ending) {
    return switch (ending.outcome()) {
      case TRANSFERRED ->
          "Call ended: transferred to "
              + (ending.queueLabel() != null ? ending.queueLabel() : ending.queue())
              + " (queue "
              + ending.queue()
              + ", position "
              + ending.position()
              + ", estimated wait "
              + minutes(ending.waitSeconds())
              + ").";
      case SELF_SERVED -> "Call ended: the line said goodbye (self-served).";
      case HUNG_UP -> "Call ended: the line hung up.";
      case ABANDONED -> "Call ended: you hung up.";
    };
  }

  private static String minutes(int seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    int m = Math.round(seconds / 60f);
    return m + (m == 1 ? " minute" : " minutes");
  }
}
