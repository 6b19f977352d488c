package org.ivrpractice.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step of a flow. The node kinds are a closed set of immutable records; code that treats each
 * kind differently does so through {@link NodeVisitor}, in one place.
 */
public sealed interface Node
    permits Node.Say,
        Node.Waiting,
        Node.Lookup,
        Node.Branch,
        Node.Reference,
        Node.Save,
        Node.Transfer,
        Node.Hangup,
        Node.Subflow,
        Node.Return {

  /** The node's id, unique in its flow. */
  String id();

  /** Where the node is declared. */
  Position position();

  <R> R accept(NodeVisitor<R> visitor);

  /**
   * Every text the node speaks, by the key it is written under: {@code prompt}, {@code intro},
   * {@code options.<i>.label}, {@code invalid}, in that order; the texts it does not have are left
   * out. The no-input and no-match texts of its input settings are not here: they may be the flow's
   * defaults rather than the node's own.
   */
  Map<String, Text> texts();

  /**
   * A node that waits for the caller: a menu or a collect. Only these have input settings and count
   * retries; code that treats the two differently does so through {@link WaitingVisitor}.
   */
  sealed interface Waiting extends Node permits Menu, Collect {

    /** How the node handles silence and wrong input. */
    InputSettings input();

    <R> R accept(WaitingVisitor<R> visitor);
  }

  /** Speaks, then moves on. */
  record Say(String id, Position position, Text prompt, String next) implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return spoken("prompt", prompt);
    }
  }

  /**
   * Waits for a key or a spoken choice.
   *
   * @param prompt the written-out prompt, or null when it is generated from the options' labels
   * @param intro said before a generated prompt (may be null)
   */
  record Menu(
      String id,
      Position position,
      Text prompt,
      Text intro,
      List<Option> options,
      InputSettings input)
      implements Waiting {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public <R> R accept(WaitingVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      Map<String, Text> out = new LinkedHashMap<>();
      spoken(out, "prompt", prompt);
      spoken(out, "intro", intro);
      for (int i = 0; i < options.size(); i++) {
        spoken(out, "options." + i + ".label", options.get(i).label());
      }
      return Collections.unmodifiableMap(out);
    }
  }

  /**
   * One choice of a menu.
   *
   * @param digit the key (one of 0-9, *, #)
   * @param synonyms spoken words that choose it
   * @param label what it is, per locale, for generated prompts and the simulators (may be null)
   * @param set variables set when it is chosen ({@code locale} switches the language)
   * @param target the node it goes to
   */
  record Option(
      String digit,
      List<String> synonyms,
      Text label,
      Map<String, String> set,
      String target,
      Position position) {}

  /**
   * Collects digits into a variable.
   *
   * @param finishKey the key that ends entry early, or null
   * @param invalid said when the length or check fails (may be null: the no-match text is used)
   */
  record Collect(
      String id,
      Position position,
      Text prompt,
      int minLength,
      int maxLength,
      String finishKey,
      DigitCheck check,
      boolean sensitive,
      Text invalid,
      String into,
      String next,
      InputSettings input)
      implements Waiting {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public <R> R accept(WaitingVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      Map<String, Text> out = new LinkedHashMap<>();
      spoken(out, "prompt", prompt);
      spoken(out, "invalid", invalid);
      return Collections.unmodifiableMap(out);
    }
  }

  /**
   * Finds the record of a practice-data table whose field equals a variable.
   *
   * @param as the prefix under which the record's fields become variables
   */
  record Lookup(
      String id,
      Position position,
      String table,
      String field,
      String variable,
      String as,
      String found,
      String notFound)
      implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return Map.of();
    }
  }

  /** Goes to the first case whose condition holds, else to {@code otherwise}. */
  record Branch(String id, Position position, List<Case> cases, String otherwise) implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return Map.of();
    }
  }

  /** One case of a branch. */
  record Case(Condition condition, String target, Position position) {}

  /** Generates a reference number whose last digit is a Luhn check digit. */
  record Reference(String id, Position position, String into, int length, String next)
      implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return Map.of();
    }
  }

  /**
   * Saves a record of what the call did (a case: a replacement ordered, a dispute opened) so that a
   * later call finds it: the record joins the saved records of {@code table}, under the value of
   * its {@code key} field, and a {@code lookup} of that table on any later call (on any instance,
   * with the Redis store) finds it before the practice data. Nothing is said.
   *
   * @param table the table the record joins ({@code cases})
   * @param key the record's field a lookup finds it by ({@code reference})
   * @param record each field's value, a template filled in from the call's variables
   */
  record Save(
      String id,
      Position position,
      String table,
      String key,
      Map<String, Template> record,
      String next)
      implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return Map.of();
    }
  }

  /** Ends the call by handing it to a queue. */
  record Transfer(String id, Position position, String queue, Text prompt) implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return spoken("prompt", prompt);
    }
  }

  /** Ends the call. */
  record Hangup(String id, Position position, Text prompt, Outcome outcome) implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return spoken("prompt", prompt);
    }
  }

  /**
   * Runs a sub-flow.
   *
   * @param exits for each exit the sub-flow declares, the node to continue at
   */
  record Subflow(String id, Position position, String flow, Map<String, String> exits)
      implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return Map.of();
    }
  }

  /** Leaves a sub-flow through one of its exits. */
  record Return(String id, Position position, String exit) implements Node {
    public <R> R accept(NodeVisitor<R> v) {
      return v.visit(this);
    }

    public Map<String, Text> texts() {
      return Map.of();
    }
  }

  private static Map<String, Text> spoken(String key, Text text) {
    return text == null ? Map.of() : Map.of(key, text);
  }

  private static void spoken(Map<String, Text> into, String key, Text text) {
    if (text != null) {
      into.put(key, text);
    }
  }
}
