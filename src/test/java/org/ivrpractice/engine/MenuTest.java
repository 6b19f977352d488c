package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.ivrpractice.flow.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MenuTest {

  private static final String HELLO =
      """
      id: t
      queues:
        agents: { label: Customer care, wait: 120 }
      defaults:
        noInput: "I didn't hear you."
        noMatch: "I didn't get that."
      nodes:
        main:
          type: menu
          options:
            - { digit: 1, label: opening hours, say: [hours, opening hours], goto: hours }
            - { digit: 2, label: a joke, say: [joke], goto: joke }
            - { digit: "#", label: the news, say: [news, latest news], goto: news }
        hours: { type: hangup, prompt: "We are open from nine to five." }
        joke: { type: hangup, prompt: "Why did the phone wear glasses?" }
        news: { type: hangup, prompt: "No news is good news." }
        agent: { type: transfer, queue: agents, prompt: "Please hold." }
      """;

  private static final String BILINGUAL =
      """
      id: t
      locales: [en-US, es-US]
      queues:
        agents: { label: { en-US: Customer care, es-US: Atención al cliente }, wait: 60 }
      nodes:
        language:
          type: menu
          prompt: { en-US: "For English, press 1. Para español, oprima 2.", es-US: "For English, press 1. Para español, oprima 2." }
          options:
            - { digit: 1, label: { en-US: English, es-US: inglés }, say: [english], set: { locale: en-US }, goto: main }
            - { digit: 2, label: { en-US: Spanish, es-US: español }, say: [español], set: { locale: es-US, reason: language }, goto: main }
        main:
          type: menu
          intro: { en-US: "Main menu.", es-US: "Menú principal." }
          options:
            - digit: 1
              label: { en-US: a lost card, es-US: una tarjeta perdida }
              say: [lost card, tarjeta perdida]
              goto: lost
            - digit: "#"
              label: { en-US: rewards, es-US: recompensas }
              say: [rewards, recompensas]
              goto: rewards
        lost: { type: hangup, prompt: { en-US: "Lost.", es-US: "Perdida." } }
        rewards: { type: hangup, prompt: { en-US: "Rewards.", es-US: "Recompensas." } }
        agent: { type: transfer, queue: agents }
      """;

  @Test
  void generatedPromptReadsEachOptionLabelWithItsKey() {
    TestCall call = TestCall.start(HELLO);

    assertEquals(
        "For opening hours, press 1. For a joke, press 2. For the news, press pound.",
        call.heard());
    assertEquals(1, call.turn().prompts().size());
    assertEquals("en-US", call.turn().prompts().get(0).locale());
  }

  @Test
  void choosingEnglishSwitchesASpanishCallBack() {
    TestCall call = TestCall.start(TestCall.flow(BILINGUAL), "es-US", 1).press("1");

    assertEquals("Main menu. For a lost card, press 1. For rewards, press pound.", call.heard());
    assertEquals("en-US", call.state().locale());
    assertEquals("en-US", call.turn().prompts().get(0).locale());
  }

  @Test
  void writtenPromptIsSaidAsWritten() {
    TestCall call = TestCall.start(TestCall.flow(BILINGUAL), "es-US", 1);

    assertEquals("For English, press 1. Para español, oprima 2.", call.heard());
    assertEquals("es-US", call.turn().prompts().get(0).locale());
  }

  @Test
  void choosingSpanishSwitchesTheCallsLanguageAndSetsVariables() {
    TestCall call = TestCall.start(TestCall.flow(BILINGUAL)).press("2");

    assertEquals("es-US", call.state().locale());
    assertEquals("es-US", call.turn().prompts().get(0).locale());
    assertEquals(
        "Menú principal. Para una tarjeta perdida, marque 1. Para recompensas, marque numeral.",
        call.heard());
    assertEquals("language", call.variable("reason"));
    assertFalse(call.state().variables().containsKey("locale"));
    assertEquals(List.of("OPTION:2"), call.happenings());
  }

  @Test
  void awaitingListsOptionsWithLabelsAndTheActiveEscapes() {
    TestCall call = TestCall.start(TestCall.flow(BILINGUAL)).say("español");

    Awaiting.MenuChoice menu = (Awaiting.MenuChoice) call.turn().awaiting();
    assertEquals(
        new Choice("1", List.of("lost card", "tarjeta perdida"), "una tarjeta perdida"),
        menu.options().get(0));
    assertEquals(List.of("agent", "repeat"), menu.escapes().stream().map(Choice::label).toList());
    assertEquals("0", menu.escapes().get(0).digit());
    assertEquals(5, menu.timeoutSeconds());
    assertEquals("main", call.at());
  }

  @Test
  void pressingAnOptionsKeyGoesWhereTheOptionSays() {
    TestCall call = TestCall.start(HELLO).press("#");

    assertEquals("No news is good news.", call.heard());
    assertEquals("news", call.at());
    assertEquals(List.of("OPTION:#", "ENTERED", "ENDED:self-served"), call.events());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "3", "", "a", "1#", "*1", "one", " 1"})
  void keysOtherThanExactlyAnOptionsKeyAreANoMatch(String keys) {
    TestCall call = TestCall.start(HELLO).press(keys);

    assertEquals("main", call.at());
    assertEquals(List.of("NO_MATCH:1"), call.happenings());
    assertEquals(1, call.state().noMatches());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hours",
        "Opening HOURS.",
        "Um, I'd like to hear the opening hours, please!",
        "uh... can I get your hours?",
      })
  void speechIgnoresCasePunctuationAndFiller(String words) {
    TestCall call = TestCall.start(HELLO).say(words);

    assertEquals("hours", call.at());
  }

  @Test
  void longestSpokenSynonymWins() {
    TestCall call =
        TestCall.start(
                """
                id: t
                queues: { agents: { label: Care } }
                nodes:
                  main:
                    type: menu
                    prompt: "Say what you need."
                    options:
                      - { digit: 1, say: [card], goto: card }
                      - { digit: 2, say: [lost card], goto: lost }
                      - { digit: 3, say: [balance], goto: balance }
                      - { digit: 4, say: [payment], goto: payment }
                  card: { type: hangup, prompt: "Card." }
                  lost: { type: hangup, prompt: "Lost." }
                  balance: { type: hangup, prompt: "Balance." }
                  payment: { type: hangup, prompt: "Payment." }
                  agent: { type: transfer, queue: agents }
                """)
            .say("I think I lost my card");

    assertEquals("lost", call.at());
  }

  @Test
  void onATieTheFirstOptionWins() {
    Flow flow =
        TestCall.flow(
            """
            id: t
            queues: { agents: { label: Care } }
            nodes:
              main:
                type: menu
                prompt: "Say what you need."
                options:
                  - { digit: 1, say: [balance], goto: balance }
                  - { digit: 2, say: [payment], goto: payment }
              balance: { type: hangup, prompt: "Balance." }
              payment: { type: hangup, prompt: "Payment." }
              agent: { type: transfer, queue: agents }
            """);

    assertEquals("balance", TestCall.start(flow).say("payment balance").at());
    assertEquals("balance", TestCall.start(flow).say("balance payment").at());
  }

  @ParameterizedTest
  @ValueSource(strings = {"two", "press two", "Option 2, please.", "2", "dos"})
  void spokenKeysChooseTheOptionWithThatKey(String words) {
    TestCall call = TestCall.start(HELLO).say(words);

    assertEquals("joke", call.at());
    assertEquals("OPTION:2", call.happenings().get(0));
  }

  @Test
  void spokenPoundChoosesThePoundOption() {
    assertEquals("news", TestCall.start(HELLO).say("pound").at());
  }

  @Test
  void speechThatNamesNothingIsANoMatch() {
    TestCall call = TestCall.start(HELLO).say("what is the weather like");

    assertEquals("main", call.at());
    assertEquals(List.of("NO_MATCH:1"), call.happenings());
    assertEquals(
        "I didn't get that. | For opening hours, press 1. For a joke, press 2."
            + " For the news, press pound.",
        call.heard());
  }

  @Test
  void endedTurnAwaitsNothing() {
    TestCall call = TestCall.start(HELLO).press("1");

    assertNull(call.turn().awaiting());
    assertEquals("self-served", call.turn().ending().outcome().yamlName());
  }
}
