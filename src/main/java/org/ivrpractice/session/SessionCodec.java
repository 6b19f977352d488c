package org.ivrpractice.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Optional;

/**
 * Turns sessions into JSON and back. A value that cannot be read (written by an older version, or
 * damaged) reads as no session: the channel then recovers the call rather than failing it.
 */
public final class SessionCodec {

  // Bound to the type once: every webhook request reads and writes a session.
  private final ObjectReader reader;
  private final ObjectWriter writer;

  public SessionCodec(ObjectMapper json) {
    this.reader = json.readerFor(CallSession.class);
    this.writer = json.writerFor(CallSession.class);
  }

  public String write(CallSession session) {
    try {
      return writer.writeValueAsString(session);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a call session could not be written as JSON", e);
    }
  }

  /** The session, or empty when the text is not a session (never throws). */
  public Optional<CallSession> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(reader.readValue(text));
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
