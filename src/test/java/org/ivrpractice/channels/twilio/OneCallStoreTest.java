package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import org.ivrpractice.channels.web.BrowserApi;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.CallRecordCodec;
import org.ivrpractice.session.SessionStore;
import org.junit.jupiter.api.Test;

/**
 * A Twilio call and a browser call live in the same call store, each as a call record of its
 * channel, and both come back from the codec that a store in another process writes them with.
 */
@QuarkusTest
class OneCallStoreTest {

  @TestHTTPResource("/")
  URI server;

  @Inject SessionStore sessions;
  @Inject CallRecordCodec codec;

  @Test
  void aBrowserCallAndATwilioCallAreBothRecordsOfTheOneStore() {
    String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    Webhook.to(server, TwilioRoutes.voice("card-services"))
        .param("CallSid", sid)
        .post()
        .then()
        .statusCode(200);
    String browserId =
        BrowserApi.start("{\"flow\": \"card-services\", \"mission\": \"report-stolen\"}");
    BrowserApi.send(browserId, "{\"digits\": \"1\"}").statusCode(200);

    CallRecord twilio = stored(sid);
    CallRecord browser = stored(browserId);
    assertEquals(CallRecord.TWILIO, twilio.channel());
    assertNull(twilio.practice(), "a Twilio call keeps no practice record");
    assertEquals(CallRecord.BROWSER, browser.channel());
    assertNotNull(browser.practice());
    assertEquals("report-stolen", browser.practice().missionId());
    assertEquals(1, browser.practice().turn());
    assertEquals(twilio, codec.read(codec.write(twilio)).orElseThrow());
    assertEquals(browser, codec.read(codec.write(browser)).orElseThrow());
  }

  private CallRecord stored(String id) {
    return sessions.get(id).toCompletableFuture().join().orElseThrow().record();
  }
}
