package org.ivrpractice.interop;

/** Node ids made from names in other tools: the name kept where it can be, else tidied. */
final class NodeIds {

  private NodeIds() {}

  /** {@code gather_main} stays; {@code Main Menu!} becomes {@code Main-Menu}. */
  static String of(String name) {
    String id = name.strip().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    if (id.isEmpty()) {
      return "widget";
    }
    return Character.isLetterOrDigit(id.charAt(0)) ? id : "w" + id;
  }
}
