package org.ivrpractice.flow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One revision of a phone line: the flow as loaded from a set of sources, named by a hash of those
 * sources, so that every instance that loads the same files names the revision the same way. A call
 * keeps the revision it started on to its end; a draft (an unsaved edit, tried in the simulator) is
 * a revision that expires.
 *
 * @param id the revision id: {@link #idOf} of the sources
 * @param flow the line as loaded from the sources, sub-flows linked
 * @param sources the texts of the files the line is made of, by file name
 * @param loadedAt when this revision was loaded
 * @param draft true for an unsaved edit
 */
public record FlowRevision(
    String id, Flow flow, Map<String, String> sources, Instant loadedAt, boolean draft) {

  /** How many hex digits of the sources' SHA-256 name a revision. */
  static final int ID_LENGTH = 12;

  public FlowRevision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(flow, "flow");
    sources = Map.copyOf(sources);
  }

  /** The revision a load made of a line, named by its sources. */
  public static FlowRevision of(Flow flow, Map<String, String> sources, Instant loadedAt) {
    return new FlowRevision(idOf(flow.id(), sources), flow, sources, loadedAt, false);
  }

  /** The line's id. */
  public String flowId() {
    return flow.id();
  }

  /**
   * The id of a line's revision made of these sources: the first {@value #ID_LENGTH} hex digits of
   * the SHA-256 of the line's id and each file's name and text, in name order.
   */
  public static String idOf(String flowId, Map<String, String> sources) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    update(sha, flowId);
    new TreeMap<>(sources)
        .forEach(
            (name, text) -> {
              update(sha, name);
              update(sha, text);
            });
    return HexFormat.of().formatHex(sha.digest()).substring(0, ID_LENGTH);
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  /** Loads a revision again from its sources (another instance's, or a draft's). */
  public static LoadResult load(Map<String, String> sources) {
    return FlowLoader.fromSources(sources);
  }
}
