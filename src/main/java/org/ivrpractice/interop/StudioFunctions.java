package org.ivrpractice.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four Twilio Functions an exported line calls where Studio has no widget of its own
 * (docs/import.md): {@code ivr-lookup} finds a record of the practice rows it is passed, {@code
 * ivr-reference} draws a reference number, {@code ivr-save} keeps a case, {@code ivr-check} tells
 * whether a collect's digits pass its check and length (Studio checks neither). Their answers are
 * copied into flow variables named {@code <as>__<field>}, a dotted path's dots written {@code __};
 * the import reads the same widgets back as a lookup, a reference number and a save.
 */
final class StudioFunctions {

  /** Where the functions are: a placeholder the Studio user points at their own service. */
  static final String URL = "https://example.invalid/functions/";

  static final String LOOKUP = "ivr-lookup";
  static final String REFERENCE = "ivr-reference";
  static final String SAVE = "ivr-save";
  static final String CHECK = "ivr-check";

  /** The parameters that are not a lookup's match or a saved record's field. */
  static final String TABLE = "table";

  static final String RECORDS = "records";
  static final String LENGTH = "length";
  static final String KEY = "key";

  /** An {@code ivr-check}'s parameters: the check, whether the entry is sensitive, the digits. */
  static final String CHECK_KIND = "check";

  static final String SENSITIVE = "sensitive";
  static final String DIGITS = "digits";

  /** A saved record's field {@code f} is the parameter {@code record__f}. */
  static final String FIELD = "record__";

  private StudioFunctions() {}

  /**
   * Which of them a run-function widget's url calls (its last path segment, on any host, so that a
   * flow pointed at the user's own service still imports), or null for any other function.
   */
  static String of(String url) {
    if (url == null) {
      return null;
    }
    String name = url.replaceFirst("[?#].*$", "").replaceFirst("^.*/", "");
    return List.of(LOOKUP, REFERENCE, SAVE, CHECK).contains(name) ? name : null;
  }

  /** A dotted path as a flow variable's key or an answer's field: {@code charges__0__amount}. */
  static String key(String path) {
    return path.replace(".", "__");
  }

  /** The dotted path a key stands for. */
  static String path(String key) {
    return key.replace("__", ".");
  }

  /** A parameter of a run-function widget. */
  static Map<String, Object> parameter(String key, String value) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("key", key);
    p.put("value", value);
    return p;
  }
}
