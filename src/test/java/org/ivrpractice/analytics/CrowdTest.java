package org.ivrpractice.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ivrpractice.analytics.AnalyticsReport.NodeStats;
import org.ivrpractice.analytics.CrowdProfile.Impatience;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.practice.MissionLoader;
import org.junit.jupiter.api.Test;

/** The practice crowd: deterministic for a seed, and each profile does what it declares. */
class CrowdTest {

  private static final Path BUNDLED = Path.of("ivr-flows");

  /** card-services' crowd, explored once for the tests that only change its profiles. */
  private static final Crowd CARD_SERVICES =
      CrowdFlows.crowd(BUNDLED, "card-services", CrowdProfile.DEFAULTS);

  private static Crowd cardServices(CrowdProfile... profiles) {
    return CARD_SERVICES.withProfiles(List.of(profiles));
  }

  /** A line whose one menu has one option: a misheard choice is always a key it does not have. */
  private static final String ONE_OPTION =
      """
      id: one
      name: One option
      locales: [en-US]
      queues:
        agents: { label: Customer care, wait: 60 }
      nodes:
        menu:
          type: menu
          options:
            - { digit: 1, label: opening hours, say: [hours], goto: hours }
        hours:
          type: hangup
          outcome: self-served
          prompt: "We are open from nine to five. Goodbye."
        agent:
          type: transfer
          queue: agents
          prompt: "Please hold."
      """;

  private static CrowdProfile profile(
      String name,
      boolean knowsMenu,
      boolean listensWhole,
      Integer reprompts,
      Double seconds,
      Impatience impatience,
      double mishear,
      boolean speaks,
      String locale) {
    return new CrowdProfile(
        name, 1, knowsMenu, listensWhole, reprompts, seconds, impatience, mishear, speaks, locale);
  }

  private static final String HOURS_MISSION =
      """
      missions:
        - id: hours
          title: Find the opening hours
          briefing: [Find out when the line is open.]
          goal: { node: hours }
      """;

  /** The one-option line's crowd: half want the hours (mission {@code hours}), half an agent. */
  private static Crowd oneOptionCrowd(CrowdProfile profile) {
    LoadResult loaded = FlowLoader.fromSources(Map.of("one.yaml", ONE_OPTION));
    assertTrue(loaded.ok(), loaded.problems().toString());
    Flow line = loaded.flows().get("one");
    MissionLoader.MissionSet missions =
        MissionLoader.fromSources(Map.of("one.missions.yaml", HOURS_MISSION), Map.of("one", line));
    assertTrue(missions.ok(), missions.problems().toString());
    return Crowd.of(line, missions.of("one"), List.of(profile));
  }

  private static List<CallSummary> wantingHours(List<CallSummary> calls) {
    List<CallSummary> mine = calls.stream().filter(c -> "hours".equals(c.mission())).toList();
    assertTrue(mine.size() > 10, "callers who want the hours: " + mine.size());
    return mine;
  }

  @Test
  void theSameSeedGivesTheSameReportAndAnotherSeedAnother() {
    Crowd crowd = CARD_SERVICES;
    CrowdReport first = crowd.run(600, 7);
    CrowdReport again =
        CrowdFlows.crowd(BUNDLED, "card-services", CrowdProfile.DEFAULTS).run(600, 7);
    CrowdReport other = crowd.run(600, 8);

    assertEquals(first, again);
    assertNotEquals(first.report(), other.report());
    assertEquals(600, first.report().calls());
    assertTrue(first.report().simulated(), "a crowd's report is marked simulated");
    assertEquals(Map.of(Crowd.CHANNEL, 600), first.report().channels());
    assertEquals(0, crowd.searches(), "every caller stood in an explored state");
  }

  @Test
  void everyCallOfACrowdIsSimulatedAndTimedByTheExplorersModel() {
    List<CallSummary> calls = CARD_SERVICES.calls(200, 3, new int[200]);

    assertTrue(calls.stream().allMatch(CallSummary::simulated));
    assertTrue(calls.stream().allMatch(c -> c.startedAt() == 0 && c.durationMs() > 0));
    // The welcome alone is 38 words, about 15 s at 150 words a minute: no call ends sooner.
    assertTrue(calls.stream().allMatch(c -> c.durationMs() >= 15_000), "durations");
    assertTrue(
        calls.stream()
            .filter(c -> CallSummary.TRANSFERRED.equals(c.outcome()))
            .allMatch(c -> c.timeToAgentMs() != null && c.timeToAgentMs() == c.durationMs()));
  }

  @Test
  void anImpatientCallerWithNoPatienceForRepromptsAsksForAnAgentAtTheFirst() {
    CrowdProfile p =
        profile("agent-at-once", false, false, 0, null, Impatience.AGENT, 1, false, null);
    List<CallSummary> calls = oneOptionCrowd(p).calls(60, 1, new int[60]);

    for (CallSummary c : wantingHours(calls)) {
      assertEquals(CallSummary.TRANSFERRED, c.outcome(), c.toString());
      assertEquals(1, c.reprompts().size(), c.toString());
      assertEquals(List.of("agent"), c.escapes(), c.toString());
    }
  }

  @Test
  void anImpatientCallerWhoHangsUpAbandonsAtTheNodeOfItsFirstReprompt() {
    CrowdProfile p = profile("hang-up", false, false, 0, null, Impatience.HANG_UP, 1, false, null);
    List<CallSummary> calls = wantingHours(oneOptionCrowd(p).calls(60, 1, new int[60]));

    for (CallSummary c : calls) {
      assertEquals(CallSummary.ABANDONED, c.outcome(), c.toString());
      assertEquals("one/menu", c.endNode());
      assertEquals(List.of(new CallTrace.Reprompt("one/menu", "no-match")), c.reprompts());
    }
  }

  @Test
  void aCallerOutOfPatienceInSecondsGivesUpAtTheFirstMenuItWaitsAt() {
    // Patience of about a second: the 15-second welcome has used it up by the language menu.
    CrowdProfile p = profile("rushed", false, false, null, 1.0, Impatience.HANG_UP, 0, false, null);
    CrowdReport report = cardServices(p).run(100, 1);

    assertEquals(1.0, report.abandonment());
    assertEquals("card-services/language", report.abandonedAt().get(0).node());
    assertEquals(100, report.abandonedAt().get(0).abandoned());
  }

  @Test
  void aCallerWhoNeverMishearsIsNeverRepromptedAndOneWhoDoesIs() {
    CrowdProfile sure = profile("sure", false, false, null, null, Impatience.AGENT, 0, false, null);
    CrowdProfile unsure =
        profile("unsure", false, false, null, null, Impatience.AGENT, 0.5, false, null);

    CrowdReport clean = cardServices(sure).run(300, 1);
    CrowdReport muddled = cardServices(unsure).run(300, 1);

    assertEquals(0, reprompts(clean));
    assertTrue(reprompts(muddled) > 50, "re-prompts: " + reprompts(muddled));
    assertTrue(muddled.containment() < clean.containment());
    assertEquals(0, clean.report().outcomes().get(CallSummary.ABANDONED));
  }

  private static int reprompts(CrowdReport r) {
    return r.report().nodes().stream().mapToInt(n -> n.noInput() + n.noMatch()).sum();
  }

  @Test
  void aCallerWhoSpeaksSaysItsMenuChoicesAndKeysOnlyItsNumbers() {
    CrowdProfile p = profile("talker", false, false, null, null, Impatience.AGENT, 0, true, null);
    List<CallSummary> calls = cardServices(p).calls(100, 1, new int[100]);

    assertTrue(calls.stream().allMatch(c -> c.inputs().speech() >= 1), "speech at the menus");
    int keys = calls.stream().mapToInt(c -> c.inputs().keys()).sum();
    int collects =
        (int)
            calls.stream()
                .flatMap(c -> c.path().stream())
                .filter(n -> n.endsWith("/card-number") || n.endsWith("/reference-number"))
                .count();
    assertTrue(keys <= collects, "keys " + keys + " for " + collects + " number entries");
  }

  @Test
  void aSpanishSpeakerChoosesSpanishAndMayHaveTheSpanishMission() {
    CrowdProfile es = profile("es", false, false, null, null, Impatience.AGENT, 0, false, "es-US");
    CrowdProfile en = profile("en", false, false, null, null, Impatience.AGENT, 0, false, null);

    CrowdReport spanish = cardServices(es).run(300, 1);
    CrowdReport english = cardServices(en).run(300, 1);

    assertTrue(missions(spanish).contains("tarjeta-perdida"), missions(spanish).toString());
    assertFalse(missions(english).contains("tarjeta-perdida"), missions(english).toString());
    // Spanish prompts are longer than English ones: the same goals take longer.
    assertTrue(spanish.medianTimeToAgentMs() > english.medianTimeToAgentMs());
  }

  private static List<String> missions(CrowdReport r) {
    return r.report().missions().stream().map(AnalyticsReport.MissionStats::mission).toList();
  }

  @Test
  void aCallerWhoKnowsTheMenuReachesAnAgentSoonerThanOneWhoHearsItAll() {
    CrowdProfile knows =
        profile("knows", true, false, null, null, Impatience.AGENT, 0, false, null);
    CrowdProfile hears =
        profile("hears", false, true, null, null, Impatience.AGENT, 0, false, null);

    CrowdReport a = cardServices(knows).run(300, 1);
    CrowdReport b = cardServices(hears).run(300, 1);

    assertTrue(
        a.medianTimeToAgentMs() + 10_000 < b.medianTimeToAgentMs(),
        a.medianTimeToAgentMs() + " vs " + b.medianTimeToAgentMs());
  }

  @Test
  void profilesShareTheCrowdByWeight() {
    CrowdProfile heavy =
        new CrowdProfile("heavy", 3, false, false, null, null, null, 0, false, null);
    CrowdProfile light =
        new CrowdProfile("light", 1, false, false, null, null, null, 0, false, null);
    CrowdReport r = cardServices(heavy, light).run(2000, 1);

    int h = r.profiles().get(0).callers();
    assertEquals(2000, h + r.profiles().get(1).callers());
    assertTrue(h > 1400 && h < 1600, "heavy callers: " + h);
  }

  @Test
  void aMainMenuGrownFromSixToNineOptionsLosesMoreCallersThere(
      @org.junit.jupiter.api.io.TempDir Path six, @org.junit.jupiter.api.io.TempDir Path nine) {
    CrowdReport before =
        CrowdFlows.crowd(CrowdFlows.copy(six), "card-services", CrowdProfile.DEFAULTS).run(4000, 1);
    CrowdReport after =
        CrowdFlows.crowd(CrowdFlows.withNineOptions(nine), "card-services", CrowdProfile.DEFAULTS)
            .run(4000, 1);

    assertTrue(
        abandonedAt(after, "card-services/main-menu")
            > abandonedAt(before, "card-services/main-menu"),
        abandonedAt(before, "card-services/main-menu")
            + " then "
            + abandonedAt(after, "card-services/main-menu"));
    assertTrue(after.abandonment() > before.abandonment());
    assertTrue(after.containment() < before.containment());
    assertTrue(after.p90TimeToAgentMs() >= before.p90TimeToAgentMs());
  }

  private static int abandonedAt(CrowdReport r, String node) {
    return r.report().nodes().stream()
        .filter(n -> n.node().equals(node))
        .mapToInt(NodeStats::abandoned)
        .sum();
  }
}
