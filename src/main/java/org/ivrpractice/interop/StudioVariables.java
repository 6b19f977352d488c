package org.ivrpractice.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.Liquid.Fixed;
import org.ivrpractice.interop.Liquid.Value;
import org.ivrpractice.interop.Liquid.Variable;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * What Studio's Liquid variables are in an imported flow: a gather's {@code Digits} is the variable
 * its collect fills, a function's {@code parsed} fields come from its lookup, flow variables are
 * set by menu options or fixed at import, and the caller's number is a practice number.
 */
final class StudioVariables {

  /** The number a practice call comes from (555-01xx numbers are reserved for fiction). */
  static final String PRACTICE_CALLER = "+15555550100";

  /** The number a practice call is made to. */
  static final String PRACTICE_LINE = "+15555550199";

  private final StudioContext context;

  StudioVariables(StudioContext context) {
    this.context = context;
  }

  /** The variable a collect of this widget fills: {@code order_number_digits}. */
  static String digitsOf(Widget gather) {
    return variableName(gather.id()) + "_digits";
  }

  /** The prefix a lookup of this widget gives its record's fields. */
  static String recordOf(Widget function) {
    return variableName(function.id());
  }

  /** A flow variable's name as ours: letters, digits and '_'. */
  static String variableName(String key) {
    String name = key.replaceAll("[^A-Za-z0-9_]", "_");
    return Character.isLetter(name.charAt(0)) || name.charAt(0) == '_' ? name : "_" + name;
  }

  Value resolve(String path) {
    String[] parts = path.split("\\.");
    if (parts.length >= 3 && parts[0].equals("widgets")) {
      return widgetValue(parts);
    }
    if (parts.length == 3 && parts[0].equals("flow") && parts[1].equals("variables")) {
      String name = variableName(parts[2]);
      if (context.answers.containsKey(parts[2])) {
        return new Variable(context.answers.get(parts[2]));
      }
      if (context.fixedVariables.containsKey(parts[2])) {
        return new Fixed(context.fixedVariables.get(parts[2]));
      }
      return context.optionVariables.contains(parts[2]) ? new Variable(name) : null;
    }
    return switch (path) {
      case "trigger.call.From", "contact.channel.address" -> new Fixed(PRACTICE_CALLER);
      case "trigger.call.To" -> new Fixed(PRACTICE_LINE);
      default -> null;
    };
  }

  private Value widgetValue(String[] parts) {
    Widget w = context.widget(parts[1]);
    if (w == null) {
      return null;
    }
    if (parts.length == 3 && parts[2].equals("Digits") && context.collects.containsKey(w.name())) {
      return new Variable(digitsOf(w));
    }
    if (parts.length >= 4 && parts[2].equals("parsed") && context.lookups.contains(w.name())) {
      StringBuilder path = new StringBuilder(recordOf(w));
      for (int i = 3; i < parts.length; i++) {
        path.append('.').append(variableName(parts[i]));
      }
      return new Variable(path.toString());
    }
    return null;
  }

  /** The values a set-variables widget sets that are fixed text (no Liquid), by key. */
  static Map<String, String> literals(Widget setVariables) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JNode item : setVariables.properties().array("variables")) {
      if (item instanceof JObject o && o.text("key") != null) {
        String value = o.text("value") == null ? "" : o.text("value");
        if (!Liquid.has(value)) {
          out.put(o.text("key"), value);
        }
      }
    }
    return out;
  }

  /** The keys of a set-variables widget whose value is computed with Liquid. */
  static List<JObject> computed(Widget setVariables) {
    return setVariables.properties().array("variables").stream()
        .filter(i -> i instanceof JObject o && Liquid.has(o.text("value")))
        .map(JObject.class::cast)
        .toList();
  }
}
