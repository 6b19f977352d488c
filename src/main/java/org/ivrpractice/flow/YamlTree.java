package org.ivrpractice.flow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a tree that remembers where every key and value stands, so that
 * problems can name their line and column (Jackson's data binding does not keep them).
 */
public final class YamlTree {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  /** A node of the tree. */
  public sealed interface YNode permits YMap, YList, YScalar {
    Position position();

    /** "a mapping", "a list", "a number" and so on, for messages. */
    String describe();
  }

  /** A mapping, in source order. */
  public record YMap(Position position, List<YEntry> entries) implements YNode {
    public YEntry entry(String key) {
      for (YEntry e : entries) {
        if (e.key().equals(key)) {
          return e;
        }
      }
      return null;
    }

    public YNode get(String key) {
      YEntry e = entry(key);
      return e == null ? null : e.value();
    }

    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping and its value. */
  public record YEntry(String key, Position keyPosition, YNode value) {}

  /** A list. */
  public record YList(Position position, List<YNode> items) implements YNode {
    public String describe() {
      return "a list";
    }
  }

  /** A single value. {@code text} is null for an empty value. */
  public record YScalar(Position position, String text, Kind kind) implements YNode {
    /** What a scalar looked like in the source. */
    public enum Kind {
      TEXT,
      NUMBER,
      BOOLEAN,
      EMPTY
    }

    public String describe() {
      return switch (kind) {
        case TEXT -> "the text \"" + text + "\"";
        case NUMBER -> "the number " + text;
        case BOOLEAN -> text;
        case EMPTY -> "nothing";
      };
    }
  }

  /** A document that could not be read: a syntax error, or a duplicate key. */
  public static final class YamlError extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    YamlError(Problem problem) {
      super(problem.format());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /** Reads a whole document; an empty document reads as null. */
  public static YNode read(String file, String text) throws YamlError {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      return readValue(file, parser);
    } catch (JsonProcessingException e) {
      throw new YamlError(YamlSyntaxProblem.of(file, e));
    } catch (IOException e) {
      throw new YamlError(
          new Problem(Position.unknown(file), null, "could not read: " + e.getMessage(), null));
    }
  }

  private static YNode readValue(String file, JsonParser parser) throws IOException, YamlError {
    JsonToken token = parser.currentToken();
    Position pos = position(file, parser);
    if (token == JsonToken.START_OBJECT) {
      return readMap(file, parser, pos);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(readValue(file, parser));
      }
      return new YList(pos, List.copyOf(items));
    }
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new YScalar(pos, parser.getText(), YScalar.Kind.NUMBER);
      case VALUE_TRUE, VALUE_FALSE -> new YScalar(pos, parser.getText(), YScalar.Kind.BOOLEAN);
      case VALUE_NULL -> new YScalar(pos, null, YScalar.Kind.EMPTY);
      default -> new YScalar(pos, parser.getText(), YScalar.Kind.TEXT);
    };
  }

  private static YMap readMap(String file, JsonParser parser, Position pos)
      throws IOException, YamlError {
    List<YEntry> entries = new ArrayList<>();
    // By key, to find a duplicate in one look-up: a flow's nodes mapping holds thousands of keys.
    Map<String, YEntry> byKey = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Position keyPos = position(file, parser);
      YEntry e = byKey.get(key);
      if (e != null) {
        throw new YamlError(
            new Problem(
                keyPos,
                null,
                "the key '"
                    + key
                    + "' appears twice in one mapping (first at line "
                    + e.keyPosition().line()
                    + ")",
                "keep one of them: YAML would silently drop the other"));
      }
      parser.nextToken();
      YEntry entry = new YEntry(key, keyPos, readValue(file, parser));
      entries.add(entry);
      byKey.put(key, entry);
    }
    return new YMap(pos, List.copyOf(entries));
  }

  private static Position position(String file, JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return new Position(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }
}
