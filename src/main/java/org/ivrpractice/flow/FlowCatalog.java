package org.ivrpractice.flow;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The flows of one folder, as the server runs them: loaded and validated once, on first use (or
 * when the server starts, which refuses to start on a broken flow). Lines are the flows that are
 * not sub-flows; every channel finds a line here, and says the same thing when there is none.
 */
public final class FlowCatalog {

  private final Path folder;
  private final Supplier<LoadResult> loader;
  private volatile LoadResult loaded;

  /**
   * @param folder the folder the flows come from (missions and scenarios are read beside them)
   * @param loader loads and validates the folder's flows; called once, on first use
   */
  public FlowCatalog(Path folder, Supplier<LoadResult> loader) {
    this.folder = folder;
    this.loader = loader;
  }

  /** A catalog of a folder's flows, loaded with {@link FlowLoader}. */
  public static FlowCatalog of(Path folder) {
    return new FlowCatalog(folder, () -> FlowLoader.load(List.of(folder)));
  }

  /** The folder the flows come from. */
  public Path folder() {
    return folder;
  }

  /** The whole load: flows and problems (loads the folder on the first call). */
  public LoadResult result() {
    LoadResult result = loaded;
    if (result == null) {
      synchronized (this) {
        result = loaded;
        if (result == null) {
          result = loader.get();
          loaded = result;
        }
      }
    }
    return result;
  }

  /** The phone lines (flows that are not sub-flows), in id order. */
  public List<Flow> lines() {
    return result().flows().values().stream()
        .filter(f -> !f.isSubflow())
        .sorted(Comparator.comparing(Flow::id))
        .toList();
  }

  /** The line of this id; empty for an unknown id or a sub-flow. */
  public Optional<Flow> line(String id) {
    return Optional.ofNullable(id == null ? null : result().flows().get(id))
        .filter(f -> !f.isSubflow());
  }

  /** The ids of the lines, in order. */
  public List<String> lineIds() {
    return lines().stream().map(Flow::id).toList();
  }

  /**
   * What every channel says of a line it does not have: {@code There is no phone line 'x'. The
   * lines are: card-services, hello.}
   */
  public String noSuchLine(String id) {
    return "There is no phone line '" + id + "'. " + knownLines();
  }

  /** {@code The lines are: card-services, hello.} */
  public String knownLines() {
    return "The lines are: " + String.join(", ", lineIds()) + ".";
  }

  public Collection<Problem> problems() {
    return result().problems();
  }
}
