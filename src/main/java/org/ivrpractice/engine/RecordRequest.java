package org.ivrpractice.engine;

/**
 * A lookup the engine cannot answer itself: the record of {@code table} whose {@code field} is
 * {@code value}, among the records calls have saved. The channel looks it up where saved records
 * are kept and hands the answer back ({@link Engine#answer}); a call waits for nothing else.
 */
public record RecordRequest(String table, String field, String value) {}
