package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Choice;
import org.ivrpractice.engine.Ending;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.flow.Outcome;
import org.junit.jupiter.api.Test;

/** A turn filled into its shape's template is exactly the document twilio-java writes for it. */
class TurnTemplatesTest {

  private final TwimlRenderer renderer =
      new TwimlRenderer(
          new TwimlSettings(
              Map.of("en-US", "Polly.Joanna", "es-US", "Polly.Lupe"),
              Map.of("agents", new TwimlSettings.QueueRoute("+15555550100", false)),
              null));
  private final TwimlCache<TurnTemplates.Template> shapes = new TwimlCache<>(10);
  private final TurnTemplates templates = new TurnTemplates(renderer, shapes);

  private static final Awaiting MENU =
      new Awaiting.MenuChoice(
          List.of(new Choice("1", List.of("again"), "hear it again")),
          List.of(new Choice("0", List.of("agent"), "agent")),
          5);

  @Test
  void turnsThatDifferOnlyInTheirWordsShareOneRenderedShape() {
    for (String ref : List.of("5 9 3 8 8 8 0 1", "1 2 3 4 5 6 7 8", "0 0 0 0 0 0 0 0")) {
      TurnDocument doc = readBack(ref);
      assertEquals(renderer.turn(doc), templates.turn(doc));
    }
    assertEquals(1, shapes.size());
  }

  @Test
  void textsAreEscapedAsTheXmlWriterEscapesThem() {
    String everyPrintable =
        "Tom & Jerry <said> \"hi\" 'there' ¿Qué tal? ñ – € \t tab\nnew line"
            + " !#$%()*+,-./:;=?@[\\]^_`{|}~ ¡ÿ\u00a0\u2028\ufffd";
    TurnDocument doc = readBack(everyPrintable);
    assertTrue(TurnTemplates.plain(everyPrintable));
    assertEquals(renderer.turn(doc), templates.turn(doc));
  }

  @Test
  void textsTheWriterWouldEncodeAsNumbersAreRenderedWhole() {
    for (String odd : List.of("carriage\rreturn", "control\u0085char", "emoji \ud83d\ude00")) {
      assertFalse(TurnTemplates.plain(odd));
      TurnDocument doc = readBack(odd);
      assertEquals(renderer.turn(doc), templates.turn(doc));
    }
    assertEquals(0, shapes.size());
  }

  @Test
  void aPrefaceAndAnEndingKeepTheirPlaces() {
    TurnDocument doc =
        new TurnDocument(
            "card-services",
            "es-US",
            "Perdimos su llamada. Empecemos de nuevo.",
            "agent",
            List.of(new Prompt("Espere & no cuelgue.", "es-US")),
            null,
            new Ending(Outcome.TRANSFERRED, "agents", "Atención", 300, 4));
    assertEquals(renderer.turn(doc), templates.turn(doc));
    assertEquals(renderer.turn(doc), templates.turn(doc));
  }

  @Test
  void aShapeThatHappensToHoldAMarkerIsRenderedWhole() {
    TurnDocument doc =
        new TurnDocument(
            "card-services",
            "en-US",
            null,
            "IvrText9q0Z",
            List.of(new Prompt("Hello.", "en-US")),
            MENU,
            null);
    assertEquals(renderer.turn(doc), templates.turn(doc));
  }

  private static TurnDocument readBack(String reference) {
    return new TurnDocument(
        "card-services",
        "en-US",
        null,
        "lost-card/after-ref",
        List.of(
            new Prompt(
                "Your reference number is " + reference + ". Please write it down.", "en-US"),
            new Prompt("To hear your reference number again, press 1.", "en-US")),
        MENU,
        null);
  }
}
