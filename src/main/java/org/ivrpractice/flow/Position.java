package org.ivrpractice.flow;

/** Where something stands in a source file: 1-based line and column. */
public record Position(String file, int line, int column) {

  public static Position unknown(String file) {
    return new Position(file, 0, 0);
  }

  /**
   * The file's name without its folder: {@code card-services.yaml} for {@code
   * ivr-flows/card-services.yaml}.
   */
  public String fileName() {
    return fileName(file);
  }

  /** A path's last part, whichever separator it uses. */
  public static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
