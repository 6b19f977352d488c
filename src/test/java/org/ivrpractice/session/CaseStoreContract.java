package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.engine.RecordRequest;
import org.ivrpractice.engine.SavedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CaseStore} promises; each implementation's test runs this same suite. */
abstract class CaseStoreContract {

  static final Duration TTL = Duration.ofSeconds(2);

  CaseStore store;

  abstract CaseStore newStore(Duration ttl);

  abstract void elapse(Duration time);

  @BeforeEach
  void freshStore() {
    store = newStore(TTL);
  }

  static SavedRecord replacement(String reference, String delivery) {
    return new SavedRecord(
        "cases",
        "reference",
        Map.of(
            "reference",
            reference,
            "kind",
            "replacement card",
            "status",
            "ordered",
            "delivery",
            delivery));
  }

  static RecordRequest byReference(String reference) {
    return new RecordRequest("cases", "reference", reference);
  }

  static <T> T done(CompletionStage<T> operation) {
    return Async.await(operation, 5_000);
  }

  @Test
  void aSavedCaseIsFoundByItsReference() {
    done(store.save(replacement("12345674", "expedited")));
    assertEquals(
        Optional.of(replacement("12345674", "expedited").fields()),
        done(store.find(byReference("12345674"))));
  }

  @Test
  void anUnknownReferenceFindsNothing() {
    assertEquals(Optional.empty(), done(store.find(byReference("87654323"))));
  }

  @Test
  void aCaseIsFoundOnlyByItsKeyFieldInItsTable() {
    done(store.save(replacement("12345674", "standard")));
    assertEquals(
        Optional.empty(), done(store.find(new RecordRequest("cases", "kind", "replacement card"))));
    assertEquals(
        Optional.empty(), done(store.find(new RecordRequest("orders", "reference", "12345674"))));
  }

  @Test
  void savingTheSameReferenceAgainReplacesTheCase() {
    done(store.save(replacement("12345674", "standard")));
    done(store.save(replacement("12345674", "expedited")));
    assertEquals(
        "expedited", done(store.find(byReference("12345674"))).orElseThrow().get("delivery"));
  }

  @Test
  void aCaseIsForgottenAfterItsTimeToLive() {
    done(store.save(replacement("12345674", "standard")));
    elapse(TTL.minusMillis(600));
    assertEquals(true, done(store.find(byReference("12345674"))).isPresent());
    elapse(Duration.ofMillis(900));
    assertEquals(Optional.empty(), done(store.find(byReference("12345674"))));
  }
}
