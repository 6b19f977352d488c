package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Choice;
import org.ivrpractice.engine.Ending;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.flow.Outcome;
import org.junit.jupiter.api.Test;

/** Turns rendered as TwiML, compared with exact documents (twilio-java's GatherTest style). */
class TwimlRendererTest {

  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private final TwimlRenderer renderer =
      new TwimlRenderer(
          new TwimlSettings(
              Map.of("en-US", "Polly.Joanna", "es-US", "Polly.Lupe"),
              Map.of(
                  "agents", new TwimlSettings.QueueRoute("+15555550100", false),
                  "priority", new TwimlSettings.QueueRoute(null, true)),
              null));

  private static final List<Choice> ESCAPES =
      List.of(
          new Choice("0", List.of("agent", "operator"), "agent"),
          new Choice("*", List.of("repeat"), "repeat"));

  @Test
  void menuIsAGatherOfOneKeyOrSpeechWithHintsThatPostsEvenOnSilence() {
    Awaiting menu =
        new Awaiting.MenuChoice(
            List.of(
                new Choice("1", List.of("lost", "stolen card"), "a lost or stolen card"),
                new Choice("2", List.of("rewards"), "rewards points")),
            ESCAPES,
            5);
    String xml =
        renderer.turn(
            new TurnDocument(
                "card-services",
                "en-US",
                null,
                "main-menu",
                List.of(new Prompt("Main menu. For a lost or stolen card, press 1.", "en-US")),
                menu,
                null));
    assertEquals(
        XML
            + "<Response>"
            + "<Gather action=\"/twilio/voice/card-services/input?node=main-menu\""
            + " actionOnEmptyResult=\"true\" finishOnKey=\"\""
            + " hints=\"lost, stolen card, rewards, agent, operator, repeat\""
            + " input=\"dtmf speech\" language=\"en-US\" method=\"POST\" numDigits=\"1\" timeout=\"5\">"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">"
            + "Main menu. For a lost or stolen card, press 1.</Say>"
            + "</Gather>"
            + "<Redirect method=\"POST\">/twilio/voice/card-services/input?node=main-menu</Redirect>"
            + "</Response>",
        xml);
  }

  @Test
  void sensitiveCollectionWaitsForItsFinishKeyInTheCallersLanguage() {
    Awaiting entry = new Awaiting.DigitEntry(15, 15, "#", true, List.of(ESCAPES.get(0)), 7);
    String xml =
        renderer.turn(
            new TurnDocument(
                "card-services",
                "es-US",
                null,
                "verify-card/card-number",
                List.of(
                    new Prompt("Ingrese el número de 15 dígitos y luego oprima numeral.", "es-US")),
                entry,
                null));
    assertEquals(
        XML
            + "<Response>"
            + "<Gather action=\"/twilio/voice/card-services/input?node=verify-card%2Fcard-number\""
            + " actionOnEmptyResult=\"true\" finishOnKey=\"#\""
            + " hints=\"$OOV_CLASS_DIGIT_SEQUENCE, agent, operator\""
            + " input=\"dtmf speech\" language=\"es-US\" method=\"POST\" timeout=\"7\">"
            + "<Say language=\"es-US\" voice=\"Polly.Lupe\">"
            + "Ingrese el número de 15 dígitos y luego oprima numeral.</Say>"
            + "</Gather>"
            + "<Redirect method=\"POST\">/twilio/voice/card-services/input?node=verify-card%2Fcard-number</Redirect>"
            + "</Response>",
        xml);
  }

  @Test
  void fixedLengthWithoutFinishKeyCompletesAtItsLength() {
    Awaiting entry = new Awaiting.DigitEntry(8, 8, null, false, List.of(), 5);
    String xml =
        renderer.turn(
            new TurnDocument(
                "follow-up",
                "en-US",
                null,
                "case-number",
                List.of(new Prompt("Enter your 8-digit reference number.", "en-US")),
                entry,
                null));
    assertEquals(
        XML
            + "<Response>"
            + "<Gather action=\"/twilio/voice/follow-up/input?node=case-number\""
            + " actionOnEmptyResult=\"true\" finishOnKey=\"\" hints=\"$OOV_CLASS_DIGIT_SEQUENCE\""
            + " input=\"dtmf speech\" language=\"en-US\" method=\"POST\" numDigits=\"8\" timeout=\"5\">"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">Enter your 8-digit reference number.</Say>"
            + "</Gather>"
            + "<Redirect method=\"POST\">/twilio/voice/follow-up/input?node=case-number</Redirect>"
            + "</Response>",
        xml);
  }

  @Test
  void transferToAQueueWithANumberDialsItAndReportsBack() {
    String xml =
        renderer.turn(transfer("agents", "Please hold while I connect you with an agent."));
    assertEquals(
        XML
            + "<Response>"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">"
            + "Please hold while I connect you with an agent.</Say>"
            + "<Dial action=\"/twilio/voice/card-services/dial-result?locale=en-US\" method=\"POST\">"
            + "+15555550100</Dial>"
            + "</Response>",
        xml);
  }

  @Test
  void transferToAnEnqueueQueueHoldsTheCallerWithAnnouncements() {
    String xml = renderer.turn(transfer("priority", "Connecting you to our priority team."));
    assertEquals(
        XML
            + "<Response>"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">Connecting you to our priority team.</Say>"
            + "<Enqueue action=\"/twilio/voice/card-services/queue-result?locale=en-US\""
            + " method=\"POST\""
            + " waitUrl=\"/twilio/voice/card-services/queue-wait?queue=priority&amp;locale=en-US\""
            + " waitUrlMethod=\"POST\">priority</Enqueue>"
            + "</Response>",
        xml);
  }

  @Test
  void transferToAQueueWithNoNumberIsASimulatedHoldThenHangsUp() {
    String xml = renderer.turn(transfer("standard", "Please hold."));
    assertEquals(
        XML
            + "<Response>"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">Please hold.</Say>"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">You are number 3 in the queue;"
            + " the estimated wait is 5 minutes. This is a practice line, so no agent will"
            + " answer.</Say>"
            + "<Hangup/>"
            + "</Response>",
        xml);
  }

  @Test
  void anEndingSaysGoodbyeAndHangsUp() {
    String xml =
        renderer.turn(
            new TurnDocument(
                "card-services",
                "en-US",
                null,
                "goodbye",
                List.of(new Prompt("Thank you for calling & goodbye.", "en-US")),
                null,
                Ending.of(Outcome.SELF_SERVED)));
    assertEquals(
        XML
            + "<Response>"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">Thank you for calling &amp; goodbye.</Say>"
            + "<Hangup/>"
            + "</Response>",
        xml);
  }

  @Test
  void aPrefaceIsSaidBeforeTheTurnInsideTheGather() {
    Awaiting menu =
        new Awaiting.MenuChoice(List.of(new Choice("1", List.of(), "English")), List.of(), 5);
    String xml =
        renderer.turn(
            new TurnDocument(
                "hello",
                "en-US",
                "Sorry, we lost track of your call. Let's start again.",
                "main",
                List.of(new Prompt("For English, press 1.", "en-US")),
                menu,
                null));
    assertEquals(
        XML
            + "<Response>"
            + "<Gather action=\"/twilio/voice/hello/input?node=main\" actionOnEmptyResult=\"true\""
            + " finishOnKey=\"\" input=\"dtmf speech\" language=\"en-US\" method=\"POST\""
            + " numDigits=\"1\" timeout=\"5\">"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">"
            + "Sorry, we lost track of your call. Let's start again.</Say>"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">For English, press 1.</Say>"
            + "</Gather>"
            + "<Redirect method=\"POST\">/twilio/voice/hello/input?node=main</Redirect>"
            + "</Response>",
        xml);
  }

  @Test
  void anApologyDialsTheFallbackNumberWhenThereIsOne() {
    TwimlRenderer withFallback =
        new TwimlRenderer(new TwimlSettings(Map.of(), Map.of(), "+15555550199"));
    assertEquals(
        XML
            + "<Response>"
            + "<Say language=\"en-US\">Sorry, this line is having a problem right now.</Say>"
            + "<Say language=\"en-US\">Connecting you with someone who can help.</Say>"
            + "<Dial>+15555550199</Dial>"
            + "</Response>",
        withFallback.apology("Sorry, this line is having a problem right now.", "en-US"));
  }

  @Test
  void anApologyWithoutFallbackSaysGoodbyeAndHangsUp() {
    assertEquals(
        XML
            + "<Response>"
            + "<Say language=\"es-US\" voice=\"Polly.Lupe\">Lo sentimos.</Say>"
            + "<Say language=\"es-US\" voice=\"Polly.Lupe\">Por favor, vuelva a llamar más tarde."
            + " Adiós.</Say>"
            + "<Hangup/>"
            + "</Response>",
        renderer.apology("Lo sentimos.", "es-US"));
  }

  @Test
  void aQueueWaitAnnouncesPositionAndWaitThenPauses() {
    assertEquals(
        XML
            + "<Response>"
            + "<Say language=\"en-US\" voice=\"Polly.Joanna\">You are number 2 in the queue;"
            + " the estimated wait is 1 minute.</Say>"
            + "<Pause length=\"20\"/>"
            + "</Response>",
        renderer.queueWait("en-US", 2, 75));
  }

  @Test
  void aVoiceTwilioJavaDoesNotKnowIsStillPassedOn() {
    TwimlRenderer custom =
        new TwimlRenderer(
            new TwimlSettings(Map.of("fr-CA", "Polly.Gabrielle-Next"), Map.of(), null));
    assertEquals(
        XML
            + "<Response><Say language=\"fr-CA\" voice=\"Polly.Gabrielle-Next\">Au revoir.</Say>"
            + "<Hangup/></Response>",
        custom.turn(
            new TurnDocument(
                "x",
                "fr-CA",
                null,
                "bye",
                List.of(new Prompt("Au revoir.", "fr-CA")),
                null,
                Ending.of(Outcome.HUNG_UP))));
  }

  private static TurnDocument transfer(String queue, String prompt) {
    return new TurnDocument(
        "card-services",
        "en-US",
        null,
        "standard-agent",
        List.of(new Prompt(prompt, "en-US")),
        null,
        new Ending(Outcome.TRANSFERRED, queue, "Customer care", 300, 3));
  }
}
