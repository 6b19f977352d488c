package org.ivrpractice.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Something the caller hears, per locale. Immutable.
 *
 * @param byLocale the template for each locale, in declaration order
 */
public record Text(Map<String, Template> byLocale) {

  public Text {
    byLocale = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLocale));
  }

  /** The same literal text for every locale given. */
  public static Text of(Map<String, String> texts) {
    Map<String, Template> map = new LinkedHashMap<>();
    texts.forEach((locale, text) -> map.put(locale, Template.literal(text)));
    return new Text(map);
  }

  /** The template for a locale, falling back to the first one declared. */
  public Template in(String locale) {
    Template template = byLocale.get(locale);
    return template != null ? template : byLocale.values().iterator().next();
  }

  public Set<String> locales() {
    return byLocale.keySet();
  }
}
