package org.ivrpractice.channels.twilio;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ivrpractice.interop.ConnectImporter;
import org.ivrpractice.interop.ImportResult;
import org.ivrpractice.interop.StudioImporter;

/**
 * A server on a copy of the bundled flows with two imported lines beside them: the Studio flow
 * {@code support-line} and the Amazon Connect flow {@code order-line} of the import tests, written
 * by the importers as {@code import studio} and {@code import connect} write them.
 */
public class ImportedFlowsProfile implements QuarkusTestProfile {

  static final Path FOLDER = folder();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("ivr.flows.dir", FOLDER.toString(), "ivr.flows.watch", "false");
  }

  /** One folder per test run, named in a system property (Quarkus loads this class twice). */
  private static synchronized Path folder() {
    String made = System.getProperty("imported-flows.test.folder");
    if (made != null) {
      return Path.of(made);
    }
    try {
      Path folder = BundledFlowsCopy.into(Files.createTempDirectory("imported-flows"));
      write(folder, StudioImporter.importFlow("support-line.json", read("studio/support-line")));
      write(folder, ConnectImporter.importFlow("order-line.json", read("connect/order-line")));
      System.setProperty("imported-flows.test.folder", folder.toString());
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String name) throws IOException {
    return Files.readString(
        Path.of("src/test/resources/import", name + ".json"), StandardCharsets.UTF_8);
  }

  private static void write(Path folder, ImportResult imported) throws IOException {
    if (!imported.ok()) {
      throw new IllegalStateException(imported.report());
    }
    for (Map.Entry<String, String> file : imported.files().entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
