package org.ivrpractice.channels.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bodies the editor's endpoints take, read with a bound on their size: JSON ({@code {"flow":
 * "card-services", "yaml": "...", "base": "..."}}, each endpoint taking the fields it needs), or,
 * for the check, the YAML itself as {@code text/yaml} with the flow in the query.
 */
final class DraftRequests {

  /** The most a draft request may carry: ten times the largest bundled flow, and then some. */
  static final int MAX_BYTES = 256 * 1024;

  /** What the editor sends: the flow (unless the path names it), the draft, the hash it read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Draft(String flow, String yaml, String base) {}

  private DraftRequests() {}

  /** A JSON body, or (when {@code yamlAllowed} and the type says YAML) the draft as text. */
  static Draft read(
      ObjectMapper json,
      String contentType,
      InputStream body,
      String example,
      boolean yamlAllowed) {
    String text = bounded(body);
    if (yamlAllowed && isYaml(contentType)) {
      return new Draft(null, text, null);
    }
    Draft draft = CallRequests.read(json, text, Draft.class, example);
    if (draft.yaml() == null) {
      throw ApiProblem.badInput(
          "The request needs the draft as \"yaml\": the flow file's text, for example "
              + example
              + ".");
    }
    return draft;
  }

  private static boolean isYaml(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/yaml")
        || type.startsWith("application/yaml")
        || type.startsWith("application/x-yaml")
        || type.startsWith("text/plain");
  }

  private static String bounded(InputStream body) {
    if (body == null) {
      return "";
    }
    try {
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ApiProblem(
            413,
            "Draft too large",
            "A draft may be at most "
                + MAX_BYTES / 1024
                + " KB. Split the flow into sub-flows (docs/flow-language.md) to keep each file"
                + " small.");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
