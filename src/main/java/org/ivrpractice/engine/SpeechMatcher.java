package org.ivrpractice.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Forgiving speech: what a caller says is compared word by word with the synonyms of the choices,
 * after case, accents, punctuation and filler ("um", "I'd like to", "por favor") are set aside.
 */
final class SpeechMatcher {

  // Compiled once, and before FILLERS, which uses them: String.replaceAll compiles on every call.
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern APOSTROPHES = Pattern.compile("['’]");
  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final List<List<String>> FILLERS =
      phrases(
          "um|uh|er|please|i want to|i'd like to|i would like to|id like to|can i|could i|let me"
              + "|speak to|talk to|speak with|talk with|a|an|the|my|to"
              + "|quiero|por favor|hablar con|con|un|una|el|la|mi");

  private static final Map<String, String> SPOKEN_KEYS =
      keyWords(
          List.of(
              "zero one two three four five six seven eight nine",
              "cero uno dos tres cuatro cinco seis siete ocho nueve"),
          Map.of("star", "*", "asterisco", "*", "pound", "#", "numeral", "#"));

  private SpeechMatcher() {}

  /** The words that matter: lower case, no accents or punctuation, no filler. */
  static List<String> normalise(String text) {
    List<String> words = words(text);
    List<String> kept = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int filler = fillerLengthAt(words, i);
      if (filler > 0) {
        i += filler;
      } else {
        kept.add(words.get(i++));
      }
    }
    return kept;
  }

  /**
   * Which choice the caller named: the one with the longest synonym (in words) that appears as a
   * run of words in the utterance; on a tie, the one listed first.
   *
   * @param synonymsPerChoice each choice's synonyms, in order of preference
   * @return the index of the choice, or -1 when none was named
   */
  static int bestMatch(String utterance, List<List<String>> synonymsPerChoice) {
    List<String> said = normalise(utterance);
    int best = -1;
    int bestLength = 0;
    for (int choice = 0; choice < synonymsPerChoice.size(); choice++) {
      for (String synonym : synonymsPerChoice.get(choice)) {
        List<String> wanted = normalise(synonym);
        if (wanted.size() > bestLength && containsRun(said, wanted)) {
          best = choice;
          bestLength = wanted.size();
        }
      }
    }
    return best;
  }

  /**
   * The keys spoken in the utterance, in order: "press two" gives "2", "tres siete 8" gives "378";
   * other words are ignored. Empty when no key was spoken.
   */
  static String spokenKeys(String utterance) {
    StringBuilder keys = new StringBuilder();
    for (String word : normalise(utterance)) {
      if (word.chars().allMatch(c -> c >= '0' && c <= '9')) {
        keys.append(word);
      } else {
        keys.append(SPOKEN_KEYS.getOrDefault(word, ""));
      }
    }
    return keys.toString();
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    plain = MARKS.matcher(plain).replaceAll("");
    plain = APOSTROPHES.matcher(plain).replaceAll("");
    plain = NOT_WORDS.matcher(plain).replaceAll(" ").trim();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
  }

  private static int fillerLengthAt(List<String> words, int index) {
    for (List<String> filler : FILLERS) {
      if (startsWithAt(words, index, filler)) {
        return filler.size();
      }
    }
    return 0;
  }

  private static boolean containsRun(List<String> words, List<String> run) {
    if (run.isEmpty()) {
      return false;
    }
    for (int i = 0; i + run.size() <= words.size(); i++) {
      if (startsWithAt(words, i, run)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAt(List<String> words, int index, List<String> run) {
    if (index + run.size() > words.size()) {
      return false;
    }
    return words.subList(index, index + run.size()).equals(run);
  }

  /** The filler phrases as words, longest first so that "talk to" goes before "to". */
  private static List<List<String>> phrases(String fillers) {
    return Arrays.stream(fillers.split("\\|"))
        .map(SpeechMatcher::words)
        .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed())
        .toList();
  }

  /** Each language's digit words, zero to nine, and the names of the other keys. */
  private static Map<String, String> keyWords(List<String> digitWords, Map<String, String> others) {
    Map<String, String> keys = new HashMap<>(others);
    for (String language : digitWords) {
      String[] words = language.split(" ");
      for (int digit = 0; digit < words.length; digit++) {
        keys.put(words[digit], String.valueOf(digit));
      }
    }
    return Map.copyOf(keys);
  }
}
