package org.ivrpractice.testing.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ivrpractice.engine.RecordRequest;
import org.ivrpractice.engine.SavedRecord;
import org.ivrpractice.engine.SavedRecords;
import org.ivrpractice.flow.DigitCheck;

/**
 * The cases an exploration's calls save, so that a later call of the exploration can find them, as
 * a real caller finds them by ringing back with the reference. Every call of an exploration has the
 * same seed, so every call reads out the same reference; each different record is therefore kept
 * under a key of its own, of the same shape as the reference (as many digits, a Luhn check digit
 * when the reference has one), and that key is what {@link CallerMoves} enters at a collect.
 */
final class ExplorationRecords implements SavedRecords {

  private final Map<RecordRequest, Map<String, String>> byKey = new LinkedHashMap<>();
  private final Map<Map<String, String>, String> keyOf = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Map<String, String>> find(RecordRequest request) {
    return Optional.ofNullable(byKey.get(request));
  }

  @Override
  public synchronized void save(SavedRecord record) {
    String key = record.key();
    if (key == null || keyOf.containsKey(record.fields())) {
      return;
    }
    String own = ownKey(key, keyOf.size());
    keyOf.put(record.fields(), own);
    byKey.put(record.foundBy(own), record.fields());
  }

  /** The keys a caller may enter to find the saved records, in the order they were saved. */
  synchronized List<String> keys() {
    return List.copyOf(keyOf.values());
  }

  synchronized boolean isEmpty() {
    return keyOf.isEmpty();
  }

  /** The {@code n}-th key shaped like {@code key}: all digits, a Luhn check digit if it has one. */
  private static String ownKey(String key, int n) {
    if (key.isEmpty() || !key.chars().allMatch(Character::isDigit)) {
      return key + "#" + n;
    }
    boolean luhn = key.length() > 1 && DigitCheck.LUHN.accepts(key);
    int payload = luhn ? key.length() - 1 : key.length();
    String digits = String.format("9%0" + Math.max(1, payload - 1) + "d", n);
    digits = digits.substring(digits.length() - payload);
    return luhn ? digits + DigitCheck.luhnCheckDigit(digits) : digits;
  }
}
