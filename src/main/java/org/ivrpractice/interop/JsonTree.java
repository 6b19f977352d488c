package org.ivrpractice.interop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problem;

/**
 * A JSON document read with Jackson's streaming parser, keeping where each value starts, so that an
 * import can say {@code file:line:column} for every widget, transition and property it reports.
 */
public final class JsonTree {

  private JsonTree() {}

  /** A JSON value and where it starts. */
  public sealed interface JNode permits JObject, JArray, JValue {
    Position at();
  }

  /** An object; its members keep the order of the file. */
  public record JObject(Position at, Map<String, JNode> members) implements JNode {
    public JNode get(String key) {
      return members.get(key);
    }

    /** The member's text (a string, number or boolean), or null when it is missing or not one. */
    public String text(String key) {
      return members.get(key) instanceof JValue v ? v.text() : null;
    }

    public JObject object(String key) {
      return members.get(key) instanceof JObject o ? o : null;
    }

    public List<JNode> array(String key) {
      return members.get(key) instanceof JArray a ? a.items() : List.of();
    }

    /** Where the member's value starts, or the object's start when it is missing. */
    public Position at(String key) {
      JNode node = members.get(key);
      return node == null ? at : node.at();
    }
  }

  public record JArray(Position at, List<JNode> items) implements JNode {}

  /** A string, number, boolean or null; its text (null for JSON null). */
  public record JValue(Position at, String text, boolean isString) implements JNode {}

  /** A JSON text could not be read. */
  public static final class JsonError extends Exception {
    private final transient Problem problem;

    JsonError(Problem problem) {
      super(problem.format());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Reads a whole JSON document. */
  public static JNode read(String file, String text) throws JsonError {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonError(
            new Problem(new Position(file, 1, 1), null, "the file is empty", "give a flow export"));
      }
      JNode root = value(file, parser);
      if (parser.nextToken() != null) {
        throw error(file, parser.currentTokenLocation(), "more text after the JSON document");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = e.getOriginalMessage().replaceAll("\\s*\\n.*", "");
      throw error(file, where, "not valid JSON: " + message);
    } catch (IOException e) {
      throw new JsonError(new Problem(Position.unknown(file), null, e.getMessage(), null));
    }
  }

  private static JNode value(String file, JsonParser parser) throws IOException {
    Position at = position(file, parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, JNode> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          members.put(name, value(file, parser));
        }
        return new JObject(at, members);
      }
      case START_ARRAY -> {
        List<JNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(file, parser));
        }
        return new JArray(at, items);
      }
      case VALUE_NULL -> {
        return new JValue(at, null, false);
      }
      default -> {
        return new JValue(at, parser.getText(), token == JsonToken.VALUE_STRING);
      }
    }
  }

  private static Position position(String file, JsonLocation where) {
    return where == null
        ? Position.unknown(file)
        : new Position(file, where.getLineNr(), where.getColumnNr());
  }

  private static JsonError error(String file, JsonLocation where, String message) {
    return new JsonError(
        new Problem(position(file, where), null, message, "export the flow again as JSON"));
  }
}
