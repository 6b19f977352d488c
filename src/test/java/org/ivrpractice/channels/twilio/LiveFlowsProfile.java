package org.ivrpractice.channels.twilio;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A server on a copy of the bundled flows folder, which its tests edit while it runs (the repo's
 * {@code ivr-flows} is never written).
 */
public class LiveFlowsProfile implements QuarkusTestProfile {

  static final Path FOLDER = copyOfTheBundledFlows();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("ivr.flows.dir", FOLDER.toString(), "ivr.flows.watch", "true");
  }

  /**
   * One copy per test run: Quarkus loads this class in its own class loader too, and both must name
   * the same folder, so the folder is remembered in a system property.
   */
  private static synchronized Path copyOfTheBundledFlows() {
    String made = System.getProperty("live-flows.test.folder");
    if (made != null) {
      return Path.of(made);
    }
    try {
      Path folder = BundledFlowsCopy.into(Files.createTempDirectory("live-flows"));
      System.setProperty("live-flows.test.folder", folder.toString());
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
