package org.ivrpractice.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines one class logs while a test runs, at every level; closing stops the capture. */
final class LogLines implements AutoCloseable {

  private final Logger logger;
  private final Level before;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private LogLines(Class<?> source) {
    logger = Logger.getLogger(source.getName());
    before = logger.getLevel();
    logger.setLevel(Level.ALL); // other tests of the run may have raised it
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  static LogLines of(Class<?> source) {
    return new LogLines(source);
  }

  /** What was logged so far, oldest first (the message as written, before its parameters). */
  List<String> lines() {
    return lines;
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(before);
  }
}
