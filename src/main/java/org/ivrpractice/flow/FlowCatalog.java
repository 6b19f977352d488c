package org.ivrpractice.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The flows of one folder, as the server runs them: loaded and validated on first use (or when the
 * server starts, which refuses to start on a broken flow), and loaded again on {@link #reload} (the
 * server watches the folder). A reload makes each changed line's new revision current for new
 * calls; a line whose files have problems keeps its last good revision, and its problems are kept
 * to be shown. A call keeps the revision it started on ({@link #pin}) to its end, even after a
 * reload, here or, through {@link RevisionSources}, on another instance.
 *
 * <p>Lines are the flows that are not sub-flows; every channel finds a line here, and says the same
 * thing when there is none.
 */
public final class FlowCatalog {

  /**
   * How many revisions are kept and for how long.
   *
   * @param maxRevisions at most this many revisions in this process (current ones are never
   *     dropped)
   * @param idle a revision no call has used for this long is dropped (the calls' time-to-live)
   * @param shareEvery the sources of a revision in use are given to other instances again this
   *     often (well within the time they keep them)
   */
  public record Settings(int maxRevisions, Duration idle, Duration shareEvery) {

    /** One process, calls of up to 30 minutes. */
    public static final Settings DEFAULT =
        new Settings(64, Duration.ofMinutes(30), Duration.ofMinutes(5));
  }

  /**
   * A draft as tried: its revision id when it loads, else its problems.
   *
   * @param revision the draft's revision id, or null when it has problems
   * @param problems the draft's problems (empty when it loads)
   */
  public record DraftResult(String revision, List<Problem> problems) {}

  /** What ends a draft's revision id. */
  private static final String DRAFT = "-draft";

  private final Path folder;
  private final Supplier<LoadResult> loader;
  private final Settings settings;
  private final RevisionSources shared;
  private final Clock clock;
  private final KeptRevisions kept;
  private volatile CatalogState state;

  /**
   * @param folder the folder the flows come from (missions and scenarios are read beside them)
   * @param loader loads and validates the folder's flows: on first use and on each reload
   */
  public FlowCatalog(Path folder, Supplier<LoadResult> loader) {
    this(folder, loader, Settings.DEFAULT, RevisionSources.NONE, Clock.systemUTC());
  }

  public FlowCatalog(
      Path folder,
      Supplier<LoadResult> loader,
      Settings settings,
      RevisionSources shared,
      Clock clock) {
    this.folder = folder;
    this.loader = loader;
    this.settings = settings;
    this.shared = shared;
    this.clock = clock;
    this.kept = new KeptRevisions(settings.maxRevisions(), settings.idle(), clock);
  }

  /** A catalog of a folder's flows, loaded with {@link FlowLoader}. */
  public static FlowCatalog of(Path folder) {
    return new FlowCatalog(folder, () -> FlowLoader.load(List.of(folder)));
  }

  /** The folder the flows come from. */
  public Path folder() {
    return folder;
  }

  private CatalogState state() {
    CatalogState s = state;
    if (s == null) {
      synchronized (this) {
        s = state;
        if (s == null) {
          s = CatalogState.first(loader.get(), clock.instant());
          kept.current(s.lines().values());
          state = s;
        }
      }
    }
    return s;
  }

  /**
   * Loads the folder again: a changed line's new revision serves new calls from now on; a line with
   * problems keeps its last good revision.
   */
  public synchronized CatalogReload reload() {
    CatalogState before = state();
    CatalogState after = before.next(loader.get(), clock.instant());
    kept.current(after.lines().values());
    state = after;
    return CatalogReload.between(before, after);
  }

  /** How many times the folder was loaded again (0 before the first reload). */
  public long generation() {
    return state().generation();
  }

  /** The latest load of the folder: flows and problems (loads the folder on the first call). */
  public LoadResult result() {
    return state().result();
  }

  /** The phone lines (flows that are not sub-flows), in id order. */
  public List<Flow> lines() {
    return state().lines().values().stream().map(FlowRevision::flow).toList();
  }

  /** The line of this id as new calls get it; empty for an unknown id or a sub-flow. */
  public Optional<Flow> line(String id) {
    return current(id).map(FlowRevision::flow);
  }

  /** The current revision of a line; empty for an unknown id or a sub-flow. */
  public Optional<FlowRevision> current(String id) {
    return Optional.ofNullable(id == null ? null : state().lines().get(id));
  }

  /** The problems that kept the last edit of a line from going live (empty when it went live). */
  public List<Problem> refused(String id) {
    return state().refused().getOrDefault(id, List.of());
  }

  /** Every line's refused edit: line id to its problems. */
  public Map<String, List<Problem>> refused() {
    return state().refused();
  }

  /** The ids of the lines, in order. */
  public List<String> lineIds() {
    return List.copyOf(state().lines().keySet());
  }

  /**
   * The revision of a line that this process keeps (the current one, an older one a call uses, a
   * draft); empty when it keeps none of that id for that line.
   */
  public Optional<FlowRevision> kept(String lineId, String revision) {
    if (revision == null) {
      return current(lineId);
    }
    return kept.find(revision).filter(r -> r.flowId().equals(lineId));
  }

  /**
   * A call starts on (or continues on) a revision: it is kept while the call lasts, and its sources
   * are given to the other instances; the stage completes once they have them (at once when they
   * had them already; a failure to give them is not the call's: it completes too).
   */
  public CompletionStage<Void> pin(FlowRevision revision, String call) {
    kept.pin(revision, call);
    return share(revision);
  }

  /** A call ended: its revision need not be kept for it any more. */
  public void release(String revision, String call) {
    if (revision != null) {
      kept.release(revision, call);
    }
  }

  /**
   * The line a call continues on: the revision it started on, kept here or found in the sources
   * other instances keep (the current one for a record that names none); empty when that revision
   * is gone everywhere (the channel starts the call again).
   */
  public CompletionStage<Optional<Flow>> flowOf(String lineId, String revision, String call) {
    if (revision == null) {
      return CompletableFuture.completedFuture(line(lineId));
    }
    Optional<FlowRevision> here = kept.use(revision, lineId, call);
    if (here.isPresent()) {
      return share(here.get()).thenApply(done -> here.map(FlowRevision::flow));
    }
    return shared
        .find(revision)
        .thenApply(sources -> sources.flatMap(s -> loaded(lineId, revision, s, call)));
  }

  private Optional<Flow> loaded(
      String lineId, String revision, Map<String, String> sources, String call) {
    LoadResult load = FlowRevision.load(sources);
    Flow flow = load.flows().get(lineId);
    boolean draft = revision.endsWith(DRAFT);
    String named = draft ? revision.substring(0, revision.length() - DRAFT.length()) : revision;
    if (flow == null || !FlowRevision.idOf(lineId, sources).equals(named)) {
      return Optional.empty();
    }
    FlowRevision found = new FlowRevision(revision, flow, sources, clock.instant(), draft);
    kept.pin(found, call);
    return Optional.of(flow);
  }

  /**
   * An unsaved edit of a line's file, tried beside the folder's other files as they are on disk.
   *
   * @see #draft(String, String, Map)
   */
  public DraftResult draft(String lineId, String flowYaml) {
    return draft(lineId, flowYaml, FlowLoader.folderTexts(folder));
  }

  /**
   * An unsaved edit of a line's file, tried: the folder's files with the line's replaced by {@code
   * flowYaml}, loaded. A draft that loads is kept as a revision that expires, so that the simulator
   * can call it.
   */
  public DraftResult draft(String lineId, String flowYaml, Map<String, String> folderFiles) {
    Map<String, String> files = new java.util.TreeMap<>(folderFiles);
    files.put(lineId + ".yaml", flowYaml);
    LoadResult load = FlowLoader.fromSources(files);
    Flow flow = load.flows().get(lineId);
    if (!load.problems().isEmpty() || flow == null || flow.isSubflow()) {
      return new DraftResult(null, load.problems());
    }
    Map<String, String> sources = load.sources().get(lineId);
    FlowRevision draft =
        new FlowRevision(
            FlowRevision.idOf(lineId, sources) + DRAFT, flow, sources, clock.instant(), true);
    kept.add(draft);
    return new DraftResult(draft.id(), List.of());
  }

  /** How many calls this process counts on a revision. */
  public int callsOn(String revision) {
    return kept.calls(revision);
  }

  /** How many revisions this process keeps now (current ones included). */
  public int keptRevisions() {
    return kept.size();
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

  private CompletionStage<Void> share(FlowRevision revision) {
    if (shared == RevisionSources.NONE || !kept.shareDue(revision.id(), settings.shareEvery())) {
      return CompletableFuture.completedFuture(null);
    }
    return shared
        .keep(revision.id(), revision.sources())
        .handle(
            (done, failed) -> {
              if (failed != null) {
                kept.shareFailed(revision.id());
              }
              return null;
            });
  }
}
