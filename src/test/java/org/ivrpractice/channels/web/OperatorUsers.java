package org.ivrpractice.channels.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Users for a test profile's configuration, written as the README tells operators to write them:
 * the password as its hash, {@code hex(sha512("NAME:Quarkus:PASSWORD"))}, and the roles.
 */
public final class OperatorUsers {

  private final Map<String, String> settings = new LinkedHashMap<>();

  private OperatorUsers() {}

  public static OperatorUsers of() {
    return new OperatorUsers();
  }

  /** One more user, with a password and comma-separated roles. */
  public OperatorUsers user(String name, String password, String roles) {
    settings.put("quarkus.security.users.embedded.users." + name, hash(name, password));
    settings.put("quarkus.security.users.embedded.roles." + name, roles);
    return this;
  }

  /** The users' settings, to add to a profile's overrides. */
  public Map<String, String> settings() {
    return Map.copyOf(settings);
  }

  /** What {@code printf 'NAME:Quarkus:PASSWORD' | sha512sum} prints. */
  static String hash(String name, String password) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-512")
              .digest((name + ":Quarkus:" + password).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
