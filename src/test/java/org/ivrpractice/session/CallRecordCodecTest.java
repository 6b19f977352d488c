package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The one codec every store outside this process writes call records with. */
class CallRecordCodecTest {

  private final CallRecordCodec codec = new CallRecordCodec(new ObjectMapper());

  @Test
  void aTwilioCallAndABrowserCallBothComeBackFromJson() {
    CallRecord twilio = SessionStoreContract.twilioCall("card-number");
    CallRecord browser = SessionStoreContract.browserCall("card-number");
    assertEquals(twilio, codec.read(codec.write(twilio)).orElseThrow());
    assertEquals(browser, codec.read(codec.write(browser)).orElseThrow());
  }

  @Test
  void aTwilioCallWritesNoPracticePart() {
    String json = codec.write(SessionStoreContract.twilioCall("card-number"));
    assertFalse(json.contains("practice"), json);
    assertTrue(json.contains("\"channel\":\"twilio\""), json);
  }

  @Test
  void anUnreadableValueReadsAsNoSession() {
    assertTrue(codec.read("{not json").isEmpty());
    assertTrue(codec.read("{\"state\": null}").isEmpty());
    assertTrue(codec.read(null).isEmpty());
  }

  @Test
  void theStoredJsonHoldsNoSensitiveDigitsInClear() {
    for (CallRecord call :
        new CallRecord[] {
          SessionStoreContract.twilioCall("card-number"),
          SessionStoreContract.browserCall("card-number")
        }) {
      String json = codec.write(call);
      assertFalse(json.contains("378282246310005"), json);
      assertTrue(json.contains("\"sensitiveInput\":true"), json);
    }
  }
}
