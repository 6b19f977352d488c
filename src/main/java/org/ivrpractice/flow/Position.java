package org.ivrpractice.flow;

/** Where something stands in a source file: 1-based line and column. */
public record Position(String file, int line, int column) {

  public static Position unknown(String file) {
    return new Position(file, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
