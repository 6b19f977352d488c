package org.ivrpractice.interop;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ivrpractice.interop.Liquid.Fixed;
import org.ivrpractice.interop.Liquid.Value;
import org.ivrpractice.interop.Liquid.Variable;

/**
 * Amazon Connect's references ({@code $.StoredCustomerInput}, {@code $.External.status}, {@code
 * $.Attributes.tier}, {@code $.CustomerEndpoint.Address}) as our variables and texts.
 */
final class ConnectText {

  /** The variable every store-input collect fills, as Connect's one stored input. */
  static final String STORED = "stored_input";

  /** The prefix every Lambda lookup gives its answer, as Connect's one {@code $.External}. */
  static final String EXTERNAL = "external";

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\.[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");

  private final Map<String, String> fixedAttributes;
  private final Set<String> optionAttributes;

  ConnectText(Map<String, String> fixedAttributes, Set<String> optionAttributes) {
    this.fixedAttributes = fixedAttributes;
    this.optionAttributes = optionAttributes;
  }

  Value resolve(String reference) {
    String[] parts = reference.substring(2).split("\\.");
    if (parts[0].equals("StoredCustomerInput") && parts.length == 1) {
      return new Variable(STORED);
    }
    if (parts[0].equals("External") && parts.length >= 2) {
      StringBuilder path = new StringBuilder(EXTERNAL);
      for (int i = 1; i < parts.length; i++) {
        path.append('.').append(StudioVariables.variableName(parts[i]));
      }
      return new Variable(path.toString());
    }
    if (parts[0].equals("Attributes") && parts.length == 2) {
      if (fixedAttributes.containsKey(parts[1])) {
        return new Fixed(fixedAttributes.get(parts[1]));
      }
      return optionAttributes.contains(parts[1])
          ? new Variable(StudioVariables.variableName(parts[1]))
          : null;
    }
    return switch (reference) {
      case "$.CustomerEndpoint.Address" -> new Fixed(StudioVariables.PRACTICE_CALLER);
      case "$.SystemEndpoint.Address" -> new Fixed(StudioVariables.PRACTICE_LINE);
      default -> null;
    };
  }

  /** A text with its references as our {@code {variables}}; an unknown one told to trouble. */
  String template(String text, Consumer<String> trouble) {
    StringBuilder out = new StringBuilder();
    Matcher m = REFERENCE.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(literal(text.substring(last, m.start())));
      last = m.end();
      Value v = resolve(m.group());
      if (v instanceof Variable var) {
        out.append('{').append(var.path()).append('}');
      } else if (v instanceof Fixed f) {
        out.append(literal(f.text()));
      } else {
        trouble.accept("uses " + m.group() + ", which the import cannot turn into a variable");
      }
    }
    return out.append(literal(text.substring(last))).toString();
  }

  /** The variable a whole reference ({@code $.External.status}) is, or null. */
  Value variable(String reference) {
    return reference != null && REFERENCE.matcher(reference.strip()).matches()
        ? resolve(reference.strip())
        : null;
  }

  static boolean isReference(String text) {
    return text != null && REFERENCE.matcher(text.strip()).matches();
  }

  private static String literal(String text) {
    return text.replace("{", "{{").replace("}", "}}");
  }
}
