package org.ivrpractice.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionLoader;

/** The bundled flows for crowd tests, as shipped or with card-services' main menu grown to 9. */
final class CrowdFlows {

  /** Three more reasons for calling, each to an agent, after the main menu's sixth option. */
  static final String THREE_MORE_OPTIONS =
      """
            - digit: 7
              label: { en-US: a travel notice, es-US: un aviso de viaje }
              say: [travel, travel notice, viaje]
              goto: agent
            - digit: 8
              label: { en-US: a balance transfer, es-US: una transferencia de saldo }
              say: [balance transfer, transfer, transferencia]
              goto: agent
            - digit: 9
              label: { en-US: a business account, es-US: una cuenta de empresa }
              say: [business, business account, empresa]
              goto: agent
      """;

  private CrowdFlows() {}

  /** A copy of the bundled flows folder in {@code dir}. */
  static Path copy(Path dir) {
    try (Stream<Path> files = Files.list(Path.of("ivr-flows"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the bundled flows whose card-services main menu has 9 options instead of 6. */
  static Path withNineOptions(Path dir) {
    copy(dir);
    Path file = dir.resolve("card-services.yaml");
    try {
      String text = Files.readString(file);
      String anchor = "        goto: more-options\n";
      if (!text.contains(anchor)) {
        throw new IllegalStateException("card-services' main menu has changed: no " + anchor);
      }
      Files.writeString(file, text.replace(anchor, anchor + THREE_MORE_OPTIONS));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The crowd of a line of a folder, with the given profiles. */
  static Crowd crowd(Path dir, String lineId, List<CrowdProfile> profiles) {
    LoadResult loaded = FlowLoader.load(List.of(dir));
    if (!loaded.ok()) {
      throw new IllegalStateException(loaded.problems().toString());
    }
    Flow line = loaded.flows().get(lineId);
    List<Mission> missions = MissionLoader.load(dir, loaded.flows()).of(lineId);
    return Crowd.of(line, missions, profiles);
  }
}
