package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ivrpractice.channels.web.BrowserApi;
import org.junit.jupiter.api.Test;

/**
 * "Call back with your reference number": what a call creates and reads out as a reference (a
 * replacement with its delivery speed, a dispute with its date, merchant and amount, a new card
 * after a fraud alert) is found by a later call's follow-up, in English and in Spanish, on the
 * phone and in the browser; the seeded cases of the practice data still answer.
 */
@QuarkusTest
class CaseFollowUpTest {

  private static final String CARD = "378282246310005";
  private static final Pattern READ_OUT =
      Pattern.compile(
          "(?:reference number is|número de referencia es|case number is|caso de"
              + " disputa es) ((?:\\d ){7}\\d)");

  @TestHTTPResource("/")
  URI server;

  private TwilioCallClient caller() {
    String base = Webhook.base(server);
    return new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
  }

  /** Plays keys on a new phone call to card-services; everything heard, in order. */
  private List<String> phone(String... keys) {
    TwilioCallClient caller = caller();
    List<String> heard = new ArrayList<>(caller.call(TwilioRoutes.voice("card-services")).heard());
    for (String k : keys) {
      heard.addAll(caller.press(k).heard());
    }
    return heard;
  }

  private static String reference(List<String> heard) {
    for (String said : heard) {
      Matcher m = READ_OUT.matcher(said);
      if (m.find()) {
        return m.group(1).replace(" ", "");
      }
    }
    throw new AssertionError("no reference was read out: " + heard);
  }

  private static void heardSomething(List<String> heard, String expected) {
    assertTrue(heard.stream().anyMatch(s -> s.contains(expected)), () -> expected + " in " + heard);
  }

  @Test
  void aReplacementOrderedOnOneCallIsFoundOnALaterCallInEnglishAndSpanish() {
    String ref = reference(phone("1", "1", CARD + "#", "2"));
    heardSomething(
        phone("1", "5", ref), "I found your replacement card order, with expedited delivery.");
    heardSomething(
        phone("2", "5", ref), "Encontré su pedido de tarjeta de reemplazo, con envío urgente.");
  }

  @Test
  void aDisputeOpenedInTheBrowserIsFoundOnThePhoneWithItsChargeAndMerchant() {
    String id = BrowserApi.start("{\"flow\": \"card-services\"}");
    List<String> heard = new ArrayList<>();
    for (String keys : List.of("1", "3", CARD + "#", "1")) {
      heard.addAll(BrowserApi.press(id, keys));
    }
    String ref = reference(heard);
    heardSomething(
        phone("1", "5", ref),
        "I found your dispute of 48.20 dollars at Harbor Street Cafe on November 14.");
    heardSomething(
        phone("2", "5", ref), "Encontré su disputa de 48.20 dólares en Harbor Street Cafe");
  }

  @Test
  void aNewCardAfterAFraudAlertIsFoundByItsReference() {
    String ref = reference(phone("1", "2", CARD + "#", "2", "1"));
    heardSomething(phone("1", "5", ref), "I found your new card order, after the fraud alert.");
  }

  @Test
  void theSeededCasesOfThePracticeDataStillAnswer() {
    heardSomething(phone("1", "5", "58301425"), "I found your dispute. It is under review.");
    heardSomething(
        phone("1", "5", "12345682"), "I couldn't find a case with that reference number.");
  }
}
