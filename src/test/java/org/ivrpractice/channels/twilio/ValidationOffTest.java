package org.ivrpractice.channels.twilio;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** With validation turned off for local practice, unsigned requests (curl) are answered. */
@QuarkusTest
@TestProfile(ValidationOffProfile.class)
class ValidationOffTest {

  @TestHTTPResource("/")
  URI server;

  @Test
  void anUnsignedRequestIsAnswered() {
    Webhook.to(server, TwilioRoutes.voice("hello"))
        .param("CallSid", "CAlocal1")
        .unsigned()
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Welcome to the hello practice line"));
  }
}
