package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.flow.DigitCheck;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.InputSettings;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.PracticeData;
import org.ivrpractice.flow.WaitingVisitor;

/**
 * The moves worth trying at a node that waits, so that a search meets every way the call can go:
 * each option's key, each active escape (by key, or by its first word where a key would not work),
 * silence, a key nothing answers to, and at a collect a valid practice entry and an invalid one.
 * Valid entries come from the practice data, so lookups find their records: every value of the
 * flow's data tables that fits the collect's length and check (the practice card numbers for a
 * 15-digit Luhn entry, the case references for an 8-digit one).
 */
public final class CallerMoves {

  /** Keys tried, in order, for "a key nothing answers to". */
  private static final String SPARE_KEYS = "987654321#";

  private CallerMoves() {}

  /**
   * The moves at the node the call waits at (none when the call has ended), where the keys of
   * records earlier calls saved (their references) may be entered at a collect too, when they fit
   * it.
   */
  static List<Move> at(Flow topFlow, CallState state, List<String> savedKeys) {
    if (state.ended()) {
      return List.of();
    }
    Flow flow = topFlow.flow(state.currentFlow());
    if (!(flow.node(state.node()) instanceof Node.Waiting node)) {
      return List.of();
    }
    List<Escape> escapes = active(topFlow, node.input());
    return node.accept(
        new WaitingVisitor<List<Move>>() {
          public List<Move> visit(Node.Menu menu) {
            return menuMoves(menu, escapes);
          }

          public List<Move> visit(Node.Collect collect) {
            return collectMoves(collect, escapes, flow, topFlow, savedKeys);
          }
        });
  }

  private static List<Move> menuMoves(Node.Menu menu, List<Escape> escapes) {
    List<Move> moves = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (Node.Option option : menu.options()) {
      moves.add(Move.press(option.digit(), Move.Kind.OPTION));
      used.add(option.digit());
    }
    for (Escape escape : escapes) {
      if (escape.digit() != null) {
        moves.add(Move.press(escape.digit(), kind(escape)));
        used.add(escape.digit());
      } else if (!escape.synonyms().isEmpty()) {
        moves.add(Move.say(escape.synonyms().get(0), kind(escape)));
      }
    }
    moves.add(Move.silence(menu.input().timeoutSeconds()));
    SPARE_KEYS
        .chars()
        .mapToObj(c -> String.valueOf((char) c))
        .filter(k -> !used.contains(k))
        .findFirst()
        .ifPresent(k -> moves.add(Move.press(k, Move.Kind.INVALID)));
    return moves;
  }

  private static List<Move> collectMoves(
      Node.Collect collect, List<Escape> escapes, Flow flow, Flow topFlow, List<String> savedKeys) {
    List<Move> moves = new ArrayList<>();
    String finish = collect.finishKey() == null ? "" : collect.finishKey();
    DigitCheck check = collect.check() == null ? DigitCheck.NONE : collect.check();
    Set<String> values = new LinkedHashSet<>(validEntries(collect, flow, topFlow));
    if (check == DigitCheck.LUHN || check == DigitCheck.NONE) {
      // Like the practice data's values: a reference is entered where numbers are, not amounts.
      savedKeys.stream().filter(k -> fits(k, collect, check)).forEach(values::add);
    }
    for (String value : values) {
      moves.add(Move.enter(value + finish, Move.Kind.ENTRY));
    }
    for (Escape escape : escapes) {
      if (worksAsKey(escape, collect)) {
        moves.add(Move.press(escape.digit(), kind(escape)));
      } else if (!escape.synonyms().isEmpty()) {
        moves.add(Move.say(escape.synonyms().get(0), kind(escape)));
      }
    }
    moves.add(Move.silence(collect.input().timeoutSeconds()));
    moves.add(Move.enter(invalidEntry(collect) + finish, Move.Kind.INVALID));
    return moves;
  }

  private static Move.Kind kind(Escape escape) {
    return escape.isRepeat() ? Move.Kind.REPEAT : Move.Kind.ESCAPE;
  }

  /** At a collect digits are data: only {@code *} or {@code #}, not the finish key, escape. */
  private static boolean worksAsKey(Escape escape, Node.Collect collect) {
    String key = escape.digit();
    return key != null && (key.equals("*") || key.equals("#")) && !key.equals(collect.finishKey());
  }

  private static List<Escape> active(Flow topFlow, InputSettings input) {
    return topFlow.escapes().stream().filter(e -> input.escapes().contains(e.name())).toList();
  }

  /**
   * Practice values a caller would enter: for a Luhn or unchecked entry, the data's values that fit
   * it (so that lookups find their records), then always one made-up value that passes the check (a
   * date, an amount, ones; for Luhn, a number no record has, so lookups also miss).
   */
  static List<String> validEntries(Node.Collect collect, Flow flow, Flow topFlow) {
    DigitCheck check = collect.check() == null ? DigitCheck.NONE : collect.check();
    Set<String> values = new LinkedHashSet<>();
    if (check == DigitCheck.LUHN || check == DigitCheck.NONE) {
      addFitting(flow.data(), collect, check, values);
      addFitting(topFlow.data(), collect, check, values);
    }
    values.add(madeUp(collect, check));
    return List.copyOf(values);
  }

  private static void addFitting(
      PracticeData data, Node.Collect collect, DigitCheck check, Set<String> into) {
    for (List<Map<String, String>> table : data.tables().values()) {
      for (Map<String, String> record : table) {
        for (String value : record.values()) {
          if (fits(value, collect, check)) {
            into.add(value);
          }
        }
      }
    }
  }

  private static boolean fits(String value, Node.Collect collect, DigitCheck check) {
    return value.length() >= collect.minLength()
        && value.length() <= collect.maxLength()
        && check.accepts(value);
  }

  private static String madeUp(Node.Collect collect, DigitCheck check) {
    int min = collect.minLength();
    int max = collect.maxLength();
    return switch (check) {
      case DATE -> min <= 4 && 4 <= max ? "1114" : "11142024";
      case AMOUNT -> min <= 4 && 4 <= max ? "4820" : "1".repeat(Math.max(1, min));
      case LUHN -> {
        String payload = "1".repeat(Math.max(1, max - 1));
        yield payload + DigitCheck.luhnCheckDigit(payload);
      }
      case NONE -> "1".repeat(Math.max(1, min));
    };
  }

  /** Digits of a length the collect refuses. */
  private static String invalidEntry(Node.Collect collect) {
    return collect.minLength() > 1 ? "1" : "1".repeat(collect.maxLength() + 1);
  }
}
