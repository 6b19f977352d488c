package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads the keys of one YAML mapping, reporting unknown keys (with "did you mean") and missing
 * required keys ({@link KeyCheck}) and values of the wrong type to {@link Problems}. A getter that
 * finds a problem reports it and returns null, so reading goes on and every problem is found in one
 * run.
 */
final class MapReader {

  private final YMap map;
  private final String nodeId;
  private final String what;
  private final Problems problems;

  /**
   * @param what how to name the mapping in messages, for example "a menu" or "option 2"
   * @param allowed every key it may have
   * @param required for each required key, an example of it for the fix
   */
  MapReader(
      YMap map,
      String nodeId,
      String what,
      Set<String> allowed,
      Map<String, String> required,
      Problems problems) {
    this.map = map;
    this.nodeId = nodeId;
    this.what = what;
    this.problems = problems;
    Map<String, String> fixes = new HashMap<>();
    required.forEach((key, example) -> fixes.put(key, "add " + key + ": " + example));
    KeyCheck.check(map, allowed, fixes, nodeId, what, problems);
  }

  /** Checks that {@code node} is a mapping, reporting it if not. */
  static YMap asMap(YNode node, Position where, String nodeId, String what, Problems problems) {
    if (node instanceof YMap m) {
      return m;
    }
    problems.add(
        node == null ? where : node.position(),
        nodeId,
        what + " must be a mapping of keys, not " + (node == null ? "nothing" : node.describe()),
        "indent its keys under it, one 'key: value' a line");
    return null;
  }

  boolean has(String key) {
    return map.entry(key) != null;
  }

  YNode node(String key) {
    return map.get(key);
  }

  /** Where the key stands, or the mapping's position when it is absent. */
  Position position(String key) {
    YEntry e = map.entry(key);
    return e == null ? map.position() : e.keyPosition();
  }

  Position position() {
    return map.position();
  }

  YMap map() {
    return map;
  }

  /** A text or number value as a string; null when absent or wrong. */
  String string(String key) {
    YNode node = map.get(key);
    if (node == null) {
      return null;
    }
    return scalar(node, key);
  }

  String string(String key, String otherwise) {
    String value = string(key);
    return value == null ? otherwise : value;
  }

  String scalar(YNode node, String key) {
    if (node instanceof YScalar s
        && s.kind() != YScalar.Kind.EMPTY
        && s.kind() != YScalar.Kind.BOOLEAN) {
      return s.text();
    }
    if (node instanceof YScalar s && s.kind() == YScalar.Kind.BOOLEAN) {
      problems.add(
          node.position(),
          nodeId,
          "'"
              + key
              + "' of "
              + what
              + " must be a text, but YAML reads an unquoted "
              + s.text()
              + " as true or false",
          "put the word in quotes, for example \"yes\"");
      return null;
    }
    problems.add(
        node.position(),
        nodeId,
        "'" + key + "' of " + what + " must be a text, not " + node.describe(),
        "write a single value after '" + key + ":'");
    return null;
  }

  /** A whole number in [min, max]; {@code otherwise} when absent, null when wrong. */
  Integer integer(String key, int min, int max, Integer otherwise) {
    YNode node = map.get(key);
    if (node == null) {
      return otherwise;
    }
    if (node instanceof YScalar s
        && s.kind() == YScalar.Kind.NUMBER
        && s.text().matches("-?\\d+")) {
      long value = Long.parseLong(s.text());
      if (value >= min && value <= max) {
        return (int) value;
      }
    }
    problems.add(
        node.position(),
        nodeId,
        "'"
            + key
            + "' of "
            + what
            + " must be a whole number from "
            + min
            + " to "
            + max
            + ", not "
            + node.describe(),
        "write for example "
            + key
            + ": "
            + Math.max(min, Math.min(max, otherwise == null ? min : otherwise)));
    return null;
  }

  /** A true/false value; {@code otherwise} when absent. */
  boolean bool(String key, boolean otherwise) {
    YNode node = map.get(key);
    if (node == null) {
      return otherwise;
    }
    if (node instanceof YScalar s && s.kind() == YScalar.Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text());
    }
    problems.add(
        node.position(),
        nodeId,
        "'" + key + "' of " + what + " must be true or false, not " + node.describe(),
        "write " + key + ": true or " + key + ": false");
    return otherwise;
  }

  /** A list of texts (a single text counts as a list of one); empty when absent. */
  List<String> strings(String key) {
    YNode node = map.get(key);
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node instanceof YList list) {
      for (YNode item : list.items()) {
        String s = scalar(item, key);
        if (s != null) {
          out.add(s);
        }
      }
    } else {
      String s = scalar(node, key);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** A mapping of texts to texts, in order; empty when absent. */
  Map<String, String> stringMap(String key) {
    Map<String, String> out = new LinkedHashMap<>();
    YNode node = map.get(key);
    if (node == null) {
      return out;
    }
    YMap m = asMap(node, node.position(), nodeId, "'" + key + "' of " + what, problems);
    if (m == null) {
      return out;
    }
    for (YEntry e : m.entries()) {
      String v = scalar(e.value(), e.key());
      if (v != null) {
        out.put(e.key(), v);
      }
    }
    return out;
  }
}
