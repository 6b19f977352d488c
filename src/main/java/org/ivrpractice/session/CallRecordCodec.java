package org.ivrpractice.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Optional;

/**
 * The one way call records are written as JSON and read back, for every store that keeps them
 * outside this process. A value that cannot be read (written by an older version, or damaged) reads
 * as no record: the channel then recovers the call rather than failing it. Absent parts (a Twilio
 * call has no practice record) are left out of the text.
 */
public final class CallRecordCodec {

  // Bound to the type once: every webhook request reads and writes a record.
  private final ObjectReader reader;
  private final ObjectWriter writer;

  public CallRecordCodec(ObjectMapper json) {
    ObjectMapper mapper = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    this.reader = mapper.readerFor(CallRecord.class);
    this.writer = mapper.writerFor(CallRecord.class);
  }

  public String write(CallRecord record) {
    try {
      return writer.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a call record could not be written as JSON", e);
    }
  }

  /** The record, or empty when the text is not a record (never throws). */
  public Optional<CallRecord> read(String text) {
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
