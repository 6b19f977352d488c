package org.ivrpractice.channels.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.PracticeData;

/**
 * What the pages say of a line beyond its name: its languages by name, whether the call itself asks
 * for the language, and the practice cards a caller may type.
 */
final class LineFacts {

  /** A language the line speaks: its locale and its name in itself ({@code es-US}, español). */
  record Language(String tag, String name) {}

  /** A card of the line's practice data: its number, holder and tier. */
  record PracticeCard(String number, String holder, String tier) {}

  private LineFacts() {}

  /**
   * The line's languages, each named in itself ({@code English}, {@code español}); two of one
   * language are told apart by their country ({@code English (United States)}).
   */
  static List<Language> languages(List<String> tags) {
    List<String> plain = tags.stream().map(t -> language(t, false)).toList();
    List<Language> out = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      boolean twice = plain.indexOf(plain.get(i)) != plain.lastIndexOf(plain.get(i));
      out.add(new Language(tags.get(i), language(tags.get(i), twice)));
    }
    return List.copyOf(out);
  }

  private static String language(String tag, boolean withCountry) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = withCountry ? locale.getDisplayName(locale) : locale.getDisplayLanguage(locale);
    return name.isBlank() ? tag : name;
  }

  /** True when a menu of the line sets the call's locale: the caller chooses in the call. */
  static boolean asksForLanguage(Flow line) {
    return line.allFlows().stream()
        .flatMap(f -> f.nodes().values().stream())
        .filter(Node.Menu.class::isInstance)
        .flatMap(n -> ((Node.Menu) n).options().stream())
        .anyMatch(o -> o.set() != null && o.set().containsKey("locale"));
  }

  /** The cards of the practice data of the line and its sub-flows, each once, in file order. */
  static List<PracticeCard> cards(Flow line) {
    Map<String, PracticeCard> cards = new LinkedHashMap<>();
    for (Flow flow : line.allFlows()) {
      PracticeData data = flow.data() == null ? PracticeData.NONE : flow.data();
      for (Map<String, String> card : data.tables().getOrDefault("cards", List.of())) {
        String number = card.get("number");
        if (number != null) {
          cards.putIfAbsent(number, new PracticeCard(number, card.get("holder"), card.get("tier")));
        }
      }
    }
    return List.copyOf(cards.values());
  }
}
