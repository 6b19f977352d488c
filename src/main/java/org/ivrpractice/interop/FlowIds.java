package org.ivrpractice.interop;

/** The id of a flow made from a file of another tool: its file name, tidied. */
final class FlowIds {

  private FlowIds() {}

  /** {@code exports/Main IVR.json} is {@code main-ivr}. */
  static String fromFile(String file) {
    String base = baseName(file).replaceFirst("\\.[A-Za-z]+$", "");
    String id = base.toLowerCase().replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "imported" : id;
  }

  static String baseName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }
}
