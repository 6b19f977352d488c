package org.ivrpractice.testing.lint;

import java.util.Locale;

/** How much a lint finding matters. */
public enum Severity {
  /** Callers will be misled (a prompt names a key that does nothing): {@code check} fails. */
  ERROR,
  /** Callers will struggle (too many options, no way to an agent): reported, not failed. */
  WARNING,
  /** Worth knowing; no action needed. */
  INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
