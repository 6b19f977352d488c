package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.practice.AwaitingView;
import org.ivrpractice.practice.PracticeCall;
import org.ivrpractice.practice.Tally;
import org.ivrpractice.practice.TranscriptLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} promises, whatever it keeps calls in: each implementation's test
 * extends this class and runs the same suite (in memory with a clock it moves; Redis in real time).
 */
abstract class SessionStoreContract {

  /** The time-to-live the store under test is made with. */
  static final Duration TTL = Duration.ofSeconds(2);

  private static final Duration WAIT = Duration.ofSeconds(5);

  SessionStore store;

  /** A new, empty store whose records live for {@code ttl} after their last write. */
  abstract SessionStore newStore(Duration ttl);

  /** Lets this much time pass for the store (a clock moved, or a real wait). */
  abstract void elapse(Duration time);

  @BeforeEach
  void freshStore() {
    store = newStore(TTL);
  }

  static CallState state(String node) {
    return new CallState(
        "card-services",
        "verify-card",
        node,
        List.of(new CallState.Frame("card-services", "lost-verify")),
        "es-US",
        1,
        0,
        Map.of("card", "•••••••••••0005"),
        Map.of("card", "ab12"),
        7L,
        0,
        false);
  }

  static CallRecord twilioCall(String node) {
    return CallRecord.twilio("0123456789ab", state(node), true);
  }

  static CallRecord browserCall(String node) {
    AwaitingView awaiting =
        new AwaitingView(
            "digits",
            List.of(),
            List.of(new AwaitingView.ChoiceView("0", "agent", List.of("agent"))),
            15,
            15,
            "#",
            true,
            8);
    Tally tally = new Tally(16, 1, 0, 0, 1, 0, 0, 31.5, false, false, 12.25, -1);
    PracticeCall practice =
        new PracticeCall(
            "card-services",
            "report-stolen",
            3,
            List.of(new Prompt("Please enter your card number.", "en-US")),
            "verify-card/" + node,
            awaiting,
            null,
            List.of(
                new TranscriptLine("line", "Please enter your card number.", 20.5),
                new TranscriptLine("caller", "entered •••••••••••0005#", 30.0)),
            List.of("card-services/main", "verify-card/" + node),
            tally);
    return CallRecord.browser("0123456789ab", state(node), true, practice);
  }

  static <T> T done(CompletionStage<T> operation) {
    return Async.await(operation, WAIT.toMillis());
  }

  Optional<CallRecord> read(String id) {
    return done(store.get(id)).map(StoredCall::record);
  }

  @Test
  void aTwilioCallComesBackAsItWasStored() {
    done(store.put("CA1", twilioCall("card-number"), SessionStore.NEW));
    assertEquals(Optional.of(twilioCall("card-number")), read("CA1"));
  }

  @Test
  void aBrowserCallComesBackAsItWasStoredWithItsPracticeRecord() {
    done(store.put("b1", browserCall("card-number"), SessionStore.NEW));
    assertEquals(Optional.of(browserCall("card-number")), read("b1"));
  }

  @Test
  void anUnknownCallHasNoRecord() {
    assertEquals(Optional.empty(), done(store.get("nobody")));
  }

  @Test
  void aRecordExpiresAfterItsTimeToLiveWithoutAWrite() {
    done(store.put("CA1", twilioCall("card-number"), SessionStore.NEW));
    elapse(TTL.minusMillis(600));
    assertTrue(read("CA1").isPresent());
    elapse(Duration.ofMillis(900));
    assertTrue(read("CA1").isEmpty());
  }

  @Test
  void everyWriteRenewsTheTimeToLive() {
    long first = done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    elapse(TTL.minusMillis(700));
    done(store.put("CA1", twilioCall("b"), first));
    elapse(TTL.minusMillis(700));
    assertEquals("b", read("CA1").orElseThrow().state().node());
  }

  @Test
  void eachWriteGivesANewRevisionThatTheReadReports() {
    long first = done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    long second = done(store.put("CA1", twilioCall("b"), first));
    assertTrue(second != first, "a new revision per write");
    assertEquals(second, done(store.get("CA1")).orElseThrow().revision());
  }

  @Test
  void aWriteBasedOnAnOlderReadIsRefusedAndLosesNothing() {
    long read = done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    done(store.put("CA1", twilioCall("written-first"), read));
    CompletionStage<Long> late = store.put("CA1", twilioCall("written-late"), read);
    assertThrows(StaleRecord.class, () -> done(late));
    assertEquals("written-first", read("CA1").orElseThrow().state().node());
  }

  @Test
  void aNewCallCannotOverwriteAnExistingOne() {
    done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    assertThrows(
        StaleRecord.class, () -> done(store.put("CA1", twilioCall("b"), SessionStore.NEW)));
    assertEquals("a", read("CA1").orElseThrow().state().node());
  }

  @Test
  void aCallStartedAgainOverwritesWhateverIsStored() {
    done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    done(store.put("CA1", twilioCall("again"), SessionStore.ANY));
    done(store.put("CA2", twilioCall("fresh"), SessionStore.ANY));
    assertEquals("again", read("CA1").orElseThrow().state().node());
    assertEquals("fresh", read("CA2").orElseThrow().state().node());
  }

  @Test
  void removeGivesTheRecordOnceAndForgetsIt() {
    done(store.put("CA1", browserCall("a"), SessionStore.NEW));
    assertEquals(Optional.of(browserCall("a")), done(store.remove("CA1")));
    assertFalse(done(store.remove("CA1")).isPresent());
    assertTrue(read("CA1").isEmpty());
  }

  @Test
  void aLateWriteCannotBringBackACallThatEnded() {
    long read = done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    done(store.remove("CA1"));
    assertThrows(StaleRecord.class, () -> done(store.put("CA1", twilioCall("b"), read)));
    assertTrue(read("CA1").isEmpty());
  }

  @Test
  void anExpiredRecordCountsAsNoRecordForAConditionalWrite() {
    done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    elapse(TTL.plusMillis(300));
    done(store.put("CA1", twilioCall("b"), SessionStore.NEW));
    assertEquals("b", read("CA1").orElseThrow().state().node());
  }

  @Test
  void callsAreKeptApart() {
    done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    done(store.put("b1", browserCall("b"), SessionStore.NEW));
    done(store.remove("CA1"));
    assertEquals(Optional.of(browserCall("b")), read("b1"));
  }
}
