package org.ivrpractice.session;

/**
 * A call record as read from the store, with the revision it was stored under: a write that
 * replaces it names this revision, so that a write based on an older read is refused.
 *
 * @param record the call
 * @param revision the record's revision in the store (1 for a record's first write)
 */
public record StoredCall(CallRecord record, long revision) {}
