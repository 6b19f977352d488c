package org.ivrpractice.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/**
 * A map of strings as the Redis stores keep it: JSON text. A text that is not such a map (written
 * by another version, or damaged) reads as nothing, never as an error.
 */
final class JsonFields {

  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

  private final ObjectMapper json;
  private final String what;

  /**
   * @param what what the maps are, for the message of a map that cannot be written ("a case")
   */
  JsonFields(ObjectMapper json, String what) {
    this.json = json;
    this.what = what;
  }

  String write(Map<String, String> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(what + " could not be written as JSON", e);
    }
  }

  Optional<Map<String, String>> read(String text) {
    try {
      return Optional.of(json.readValue(text, FIELDS));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
