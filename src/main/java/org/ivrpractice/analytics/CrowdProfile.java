package org.ivrpractice.analytics;

import java.util.List;
import java.util.Objects;

/**
 * One kind of simulated caller in a practice crowd, as a crowd file ({@code crowd.yaml}) declares
 * it: how much of the crowd it makes up and how it behaves at the line's prompts.
 *
 * @param name what the report calls it
 * @param weight its share of the crowd, relative to the other profiles' weights
 * @param knowsMenu presses its option without waiting for the menu to be read out
 * @param listensWhole hears every menu to its end before choosing (else it chooses as soon as it
 *     hears its option)
 * @param patienceReprompts how many re-prompts it puts up with; at one more it gives up (null: the
 *     line's own retry limits decide)
 * @param patienceSeconds how long into the call it gives up, on average (each caller's own patience
 *     is drawn between half and one and a half times this); null: never
 * @param onImpatience what it does when it gives up: asks for an agent or hangs up
 * @param mishearRate the chance, at each menu, that it chooses wrongly (a wrong option, or a key or
 *     words no option has)
 * @param speaks says its option's words instead of pressing keys at menus
 * @param locale the language it chooses at a language menu (null: the line's default)
 */
public record CrowdProfile(
    String name,
    double weight,
    boolean knowsMenu,
    boolean listensWhole,
    Integer patienceReprompts,
    Double patienceSeconds,
    Impatience onImpatience,
    double mishearRate,
    boolean speaks,
    String locale) {

  /** What an impatient caller does. */
  public enum Impatience {
    /** Presses 0 (or says "agent" where keys would not work). */
    AGENT("agent"),
    /** Hangs up where it is: the call is abandoned there. */
    HANG_UP("hang-up");

    private final String yamlName;

    Impatience(String yamlName) {
      this.yamlName = yamlName;
    }

    public String yamlName() {
      return yamlName;
    }

    /** As a crowd file writes it. */
    @Override
    public String toString() {
      return yamlName;
    }
  }

  public CrowdProfile {
    Objects.requireNonNull(name, "name");
    onImpatience = onImpatience == null ? Impatience.AGENT : onImpatience;
  }

  /** A profile with every setting at its default: a caller who listens for its option. */
  public static CrowdProfile plain(String name, double weight) {
    return new CrowdProfile(
        name, weight, false, false, null, null, Impatience.AGENT, 0, false, null);
  }

  /**
   * The crowd used when the flows folder has no crowd file: the callers the practice crowd was
   * designed around (the same as the bundled {@code ivr-flows/crowd.yaml}).
   */
  public static final List<CrowdProfile> DEFAULTS =
      List.of(
          new CrowdProfile(
              "knows-the-menu", 15, true, false, 2, 240.0, Impatience.AGENT, 0, false, null),
          new CrowdProfile(
              "listens-to-everything", 25, false, true, 2, 240.0, Impatience.AGENT, 0, false, null),
          new CrowdProfile(
              "impatient", 15, false, false, 0, 60.0, Impatience.AGENT, 0, false, null),
          new CrowdProfile(
              "hangs-up", 10, false, true, 1, 60.0, Impatience.HANG_UP, 0, false, null),
          new CrowdProfile(
              "mishears", 15, false, false, 2, 180.0, Impatience.AGENT, 0.25, false, null),
          new CrowdProfile(
              "speaks", 10, false, false, 2, 180.0, Impatience.AGENT, 0.05, true, null),
          new CrowdProfile(
              "spanish-speaker", 10, false, false, 2, 180.0, Impatience.AGENT, 0, false, "es-US"));
}
