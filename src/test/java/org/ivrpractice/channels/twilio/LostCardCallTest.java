package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One complete lost-card call as Twilio plays it, request by request; its TwiML transcript is
 * written to {@code target/twilio-lost-card-call.txt} (the card number masked) for people to read.
 */
@QuarkusTest
class LostCardCallTest {

  private static final String CARD = "378282246310005";

  @TestHTTPResource("/")
  URI server;

  @Inject TwilioCalls calls;

  @Test
  void aLostCardCallRunsToASelfServedGoodbyeOverTheWebhooks() throws Exception {
    String base = Webhook.base(server);
    TwilioCallClient client = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    TwilioCallClient.Turn opening = client.call(TwilioRoutes.voice("card-services", null, 7L));
    assertTrue(opening.heard().get(0).contains("This is a practice line, not a bank."));
    client.press("1");
    client.press("1");
    TwilioCallClient.Turn verified = client.press(CARD + "#");
    assertTrue(String.join(" ", verified.heard()).contains("Thank you, Alex Rivera"));
    TwilioCallClient.Turn ordered = client.press("1");
    assertTrue(String.join(" ", ordered.heard()).contains("Your reference number is"));
    TwilioCallClient.Turn last = client.press("2");
    assertTrue(last.ended());
    assertTrue(String.join(" ", last.heard()).contains("Goodbye"));

    CallOutcome outcome = calls.outcomes().find(client.callSid()).orElseThrow();
    assertEquals("self-served", outcome.outcome());
    assertEquals("completed", outcome.callStatus());

    String transcript = client.transcript().replace(CARD, "•".repeat(11) + CARD.substring(11));
    Files.writeString(
        Path.of("target", "twilio-lost-card-call.txt"), transcript + "\n", StandardCharsets.UTF_8);
    System.out.println("A lost-card call as Twilio sees it:\n\n" + transcript);
  }
}
