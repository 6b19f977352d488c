package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operators signed in by an OpenID Connect provider: with the provider's key configured (and no
 * user of the configuration), a bearer token it signed with {@code operator} among its groups may
 * save in the editor; a token without the role is 403, a token signed by anyone else is 401.
 */
@QuarkusTest
@TestProfile(OpenIdConnectOperatorTest.Provider.class)
class OpenIdConnectOperatorTest {

  /** The provider's signing key, made once per test run (kept where both class loaders see it). */
  public static final class Provider implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "ivr.flows.dir",
          EditorSavingProfile.folder().toString(),
          "ivr.editor.save",
          "true",
          "quarkus.oidc.tenant-enabled",
          "true",
          "quarkus.oidc.public-key",
          publicKey());
    }
  }

  private static final String PRIVATE = "oidc-test.private-key";
  private static final String PUBLIC = "oidc-test.public-key";

  @BeforeEach
  void freshCopy() {
    EditorSavingProfile.reset();
  }

  @Test
  void aTokenWithTheOperatorGroupSaves() throws Exception {
    Path file = EditorSavingProfile.folder().resolve("hello.yaml");
    String draft = Files.readString(file).replace("Goodbye.", "Bye for now.");

    save(token(signingKey(), List.of("operator")), draft).statusCode(200);

    assertEquals(draft, Files.readString(file));
  }

  @Test
  void aTokenWithoutTheRoleIs403AndASignatureOfAnotherKeyIs401() throws Exception {
    String draft = Files.readString(EditorSavingProfile.folder().resolve("hello.yaml"));

    save(token(signingKey(), List.of("trainee")), draft)
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("role 'operator'"));
    PrivateKey stranger = keys().getPrivate();
    save(token(stranger, List.of("operator")), draft)
        .statusCode(401)
        .contentType("application/problem+json")
        .body("title", equalTo("Sign-in needed"));
  }

  private static io.restassured.response.ValidatableResponse save(String token, String yaml)
      throws IOException {
    String base = given().get("/api/flows/hello/source").then().extract().path("hash");
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body(EditorApiTest.json(Map.of("yaml", yaml, "base", base)))
        .put("/api/flows/hello/source")
        .then();
  }

  private static String token(PrivateKey key, List<String> groups) throws JoseException {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("https://sso.example.test");
    claims.setSubject("alice");
    claims.setClaim("preferred_username", "alice");
    claims.setStringListClaim("groups", groups);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(10);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }

  private static synchronized String publicKey() {
    if (System.getProperty(PUBLIC) == null) {
      KeyPair pair = keys();
      Base64.Encoder b64 = Base64.getEncoder();
      System.setProperty(PRIVATE, b64.encodeToString(pair.getPrivate().getEncoded()));
      System.setProperty(PUBLIC, b64.encodeToString(pair.getPublic().getEncoded()));
    }
    return System.getProperty(PUBLIC);
  }

  private static PrivateKey signingKey() throws NoSuchAlgorithmException, InvalidKeySpecException {
    publicKey();
    byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
