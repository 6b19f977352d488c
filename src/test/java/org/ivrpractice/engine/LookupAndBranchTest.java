package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.junit.jupiter.api.Test;

class LookupAndBranchTest {

  private static final String DATA =
      """
      tables:
        cards:
          - number: "378282246310005"
            member: "1001"
            holder: Alex Rivera
            tier: Green
            points: 12480
            charges:
              - { merchant: Harbor Street Cafe, amount: "48.20" }
              - { merchant: Metro Fuel, amount: "61.05" }
          - number: "371449635398431"
            member: "1002"
            holder: María González
            tier: Platinum
            points: 58210
          - number: "378734493671000"
            member: "1003"
            holder: Sam Lee
            tier: Gold
            points: 3000
      """;

  private static final String FLOW =
      """
      id: t
      locales: [en-US, es-US]
      data: d.data.yaml
      queues:
        agents: { label: { en-US: Care, es-US: Atención } }
        priority: { label: { en-US: Priority, es-US: Prioridad }, wait: 30 }
      nodes:
        how:
          type: menu
          prompt: { en-US: "Card, press 1. Member, press 2.", es-US: "Tarjeta, 1. Socio, 2." }
          options:
            - { digit: 1, say: [card], goto: card-number }
            - { digit: 2, say: [member], goto: member-id }
        card-number:
          type: collect
          prompt: { en-US: "Card number?", es-US: "¿Número de tarjeta?" }
          length: 15
          finishKey: "#"
          check: luhn
          sensitive: true
          into: card
          next: find-card
        find-card:
          type: lookup
          table: cards
          match: { number: card }
          as: account
          found: card-found
          notFound: unknown
        card-found:
          type: say
          prompt: { en-US: "Your card {card}, read {card|digits}.", es-US: "Su tarjeta {card}." }
          next: greet
        member-id:
          type: collect
          prompt: { en-US: "Member number?", es-US: "¿Número de socio?" }
          length: 4
          into: member
          next: find-member
        find-member:
          type: lookup
          table: cards
          match: { member: member }
          as: account
          found: greet
          notFound: unknown
        greet:
          type: say
          prompt: { en-US: "Hello {account.holder}, {account.points} points.", es-US: "Hola {account.holder}." }
          next: route
        route:
          type: branch
          when:
            - if: account.tier in ("Platinum", "Centurion")
              goto: priority
            - if: account.points >= 50000 or (account.tier == "Gold" and not account.points < 1000)
              goto: gold
          else: agent
        gold: { type: hangup, prompt: { en-US: "Gold.", es-US: "Oro." } }
        unknown: { type: hangup, prompt: { en-US: "Not found.", es-US: "No encontrado." } }
        priority: { type: transfer, queue: priority }
        agent: { type: transfer, queue: agents }
      """;

  private static final String CARD = "378282246310005";

  private static Flow flow() {
    return TestCall.flows(Map.of("t.yaml", FLOW, "d.data.yaml", DATA), "t");
  }

  @Test
  void lookupCopiesTheFoundRecordIntoVariables() {
    TestCall call = TestCall.start(flow()).press("2").press("1001");

    assertEquals("Alex Rivera", call.variable("account.holder"));
    assertEquals("12480", call.variable("account.points"));
    assertEquals("61.05", call.variable("account.charges.1.amount"));
    assertEquals("2", call.variable("account.charges.count"));
    assertEquals("Hello Alex Rivera, 12480 points.", call.heard());
    assertEquals(
        List.of("COLLECTED", "LOOKUP:found", "BRANCH:else", "ENDED:transferred"),
        call.happenings());
  }

  @Test
  void unknownValueGoesToNotFound() {
    TestCall call = TestCall.start(flow()).press("2").press("9999");

    assertEquals("Not found.", call.heard());
    assertEquals("LOOKUP:not-found", call.happenings().get(1));
    assertNull(call.variable("account.holder"));
  }

  @Test
  void branchTakesTheFirstCaseThatHolds() {
    TestCall platinum = TestCall.start(flow()).press("2").press("1002");
    assertEquals("priority", platinum.at());
    assertTrue(platinum.happenings().contains("BRANCH:0"));

    TestCall gold = TestCall.start(flow()).press("2").press("1003");
    assertEquals("gold", gold.at());
    assertTrue(gold.happenings().contains("BRANCH:1"));
  }

  @Test
  void sensitiveNumberIsFoundByItsDigestAndKeptMasked() throws Exception {
    TestCall call = TestCall.start(flow()).press("1").press(CARD + "#");

    assertEquals("Alex Rivera", call.variable("account.holder"));
    assertEquals("•••••••••••0005", call.variable("card"));
    assertEquals(sha256(CARD), call.state().digests().get("card"));
    assertEquals("•••••••••••0005", call.variable("account.number"));
    assertEquals(
        "Your card ending in 0 0 0 5, read ending in 0 0 0 5. | Hello Alex Rivera, 12480 points.",
        call.heard());
  }

  @Test
  void sensitiveDigitsAppearNowhereInTheStateOrTheTurn() {
    TestCall call = TestCall.start(flow()).press("1").press(CARD + "#");

    assertFalse(call.state().toString().contains(CARD), call.state().toString());
    assertFalse(call.turn().toString().contains(CARD), call.turn().toString());
    assertFalse(call.turn().toString().contains("2463100"));
  }

  @Test
  void sensitiveDigitsAreNotRepeatedBackWhenRejected() {
    TestCall call = TestCall.start(flow()).press("1").press("378282246310006#");

    assertEquals("card-number", call.at());
    assertFalse(call.turn().toString().contains("37828224631000"));
    assertFalse(call.state().toString().contains("37828224631000"));
  }

  @Test
  void sensitiveValueIsReadMaskedInSpanish() {
    TestCall call = TestCall.start(flow(), "es-US", 3).press("1").press(CARD);

    assertEquals("Su tarjeta que termina en 0 0 0 5. | Hola Alex Rivera.", call.heard());
  }

  @Test
  void sensitiveNumberIsComparedWithEveryRecord() {
    TestCall call = TestCall.start(flow()).press("1").press("371449635398431#");
    assertEquals("priority", call.at());

    TestCall unknown = TestCall.start(flow()).press("1").press("378282246310013#");
    assertEquals("unknown", unknown.at());
    assertEquals("LOOKUP:not-found", unknown.happenings().get(1));
  }

  private static String sha256(String text) throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash);
  }
}
