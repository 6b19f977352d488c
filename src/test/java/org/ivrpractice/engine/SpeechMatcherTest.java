package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechMatcherTest {

  @Test
  void normalisingDropsCaseAccentsPunctuationAndFiller() {
    assertEquals(List.of("agent"), SpeechMatcher.normalise("Um, I want to talk to an AGENT!"));
    assertEquals(List.of("agent"), SpeechMatcher.normalise("I'd like to speak with the agent."));
    assertEquals(
        List.of("agente"), SpeechMatcher.normalise("Quiero hablar con un agente, por favor"));
    assertEquals(List.of("espanol"), SpeechMatcher.normalise("¡Español!"));
  }

  @Test
  void synonymMustAppearAsARunOfWords() {
    List<List<String>> choices = List.of(List.of("lost card"), List.of("card"));

    assertEquals(0, SpeechMatcher.bestMatch("my lost card", choices));
    assertEquals(1, SpeechMatcher.bestMatch("card I lost", choices));
    assertEquals(-1, SpeechMatcher.bestMatch("cardboard", choices));
  }

  @Test
  void spokenKeysAreReadInOrder() {
    assertEquals("378", SpeechMatcher.spokenKeys("three seven eight"));
    assertEquals("2", SpeechMatcher.spokenKeys("press two"));
    assertEquals("1", SpeechMatcher.spokenKeys("uno"));
    assertEquals("40", SpeechMatcher.spokenKeys("cuatro, cero"));
    assertEquals("3715", SpeechMatcher.spokenKeys("37 1-5"));
    assertEquals("*#", SpeechMatcher.spokenKeys("star pound"));
    assertEquals("", SpeechMatcher.spokenKeys("I want to go"));
  }
}
