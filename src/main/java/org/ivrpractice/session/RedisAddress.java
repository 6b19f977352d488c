package org.ivrpractice.session;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Redis addresses as a log or a health check may show them: never with their password. */
final class RedisAddress {

  private RedisAddress() {}

  /** {@code redis://:secret@host:6379/0} is shown {@code redis://host:6379/0}. */
  static String withoutPassword(String hosts) {
    return Arrays.stream(hosts.split(","))
        .map(String::strip)
        .map(h -> h.replaceFirst("^([a-z]+://)[^@/]*@", "$1"))
        .collect(Collectors.joining(","));
  }
}
