package org.ivrpractice.analytics;

/** The in-memory call log against the contract every call log passes. */
class InMemoryCallLogTest extends CallLogContract {

  @Override
  protected CallLog newLog() {
    return new InMemoryCallLog(CAPACITY);
  }
}
