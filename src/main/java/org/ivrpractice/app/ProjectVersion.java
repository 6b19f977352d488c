package org.ivrpractice.app;

import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine;

/** {@code --version}: the project's version, as the build wrote it ({@code 0.1.0-SNAPSHOT}). */
final class ProjectVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.application.version", String.class)
            .orElse("unknown");
    return new String[] {"ivr-practice " + version};
  }
}
