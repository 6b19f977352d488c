package org.ivrpractice.testing.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.Test;

class CallerRoutesTest {

  private static final String LINE =
      """
      id: line
      locales: [en-US, es-US]
      queues:
        agents: { label: { en-US: Care, es-US: Ayuda }, wait: 60 }
      nodes:
        language:
          type: menu
          prompt: { en-US: "For English, press 1. Para español, oprima 2.", es-US: "For English, press 1. Para español, oprima 2." }
          options:
            - { digit: 1, label: { en-US: English, es-US: inglés }, set: { locale: en-US }, goto: bye }
            - { digit: 2, label: { en-US: Spanish, es-US: español }, set: { locale: es-US }, goto: bye }
        bye:
          type: hangup
          prompt: { en-US: "Goodbye.", es-US: "Adiós." }
        agent:
          type: transfer
          queue: agents
          prompt: { en-US: "Please hold.", es-US: "Espere, por favor." }
      """;

  private static Flow load(String yaml) {
    LoadResult loaded = FlowLoader.fromSources(Map.of("line.yaml", yaml));
    assertEquals(List.of(), loaded.problems());
    return loaded.flow("line");
  }

  private static List<String> described(CallerRoutes routes) {
    return routes.routes().stream()
        .map(r -> r.locale() + " " + r.ending() + ": " + r.path().describe())
        .toList();
  }

  @Test
  void aRouteCountsForTheLocaleTheCallEndsInAfterTheLanguageMenu() {
    CallerRoutes routes = CallerRoutes.of(load(LINE));

    assertEquals(
        List.of(
            "en-US queue agents: press 0 (about 5 s)",
            "en-US hangup bye: press 1 (about 5 s)",
            "en-US ending self-served: press 1 (about 5 s)",
            "en-US ending transferred: press 0 (about 5 s)",
            "es-US hangup bye: press 2 (about 5 s)",
            "es-US ending self-served: press 2 (about 5 s)"),
        described(routes));
    CallerRoutes.Route spanish = routes.routes().get(4);
    assertEquals(
        List.of(
            new CallerRoutes.Heard("For English, press 1. Para español, oprima 2.", false),
            new CallerRoutes.Heard("press 2", true),
            new CallerRoutes.Heard("Adiós.", false)),
        spanish.heard());
    assertEquals(List.of("Adiós."), List.copyOf(routes.said().get("es-US")));
  }

  @Test
  void aLocaleNoCallReachesIsExploredFromACallStartedInIt() {
    String noLanguageMenu =
        LINE.replace(", set: { locale: en-US }", "").replace(", set: { locale: es-US }", "");

    CallerRoutes routes = CallerRoutes.of(load(noLanguageMenu));

    assertEquals(
        List.of(
            "es-US queue agents: press 0 (about 5 s)",
            "es-US hangup bye: press 1 (about 5 s)",
            "es-US ending self-served: press 1 (about 5 s)",
            "es-US ending transferred: press 0 (about 5 s)"),
        described(routes).subList(4, 8));
  }
}
