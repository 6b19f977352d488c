package org.ivrpractice.flow;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Files as read, remembering each text read, so that a flow's sources can be kept with it. */
final class RecordingFiles implements SourceFiles {
  private final SourceFiles files;
  final Map<String, String> texts = new HashMap<>();

  RecordingFiles(SourceFiles files) {
    this.files = files;
  }

  @Override
  public String read(String name) throws IOException {
    String text = files.read(name);
    texts.put(name, text);
    return text;
  }

  @Override
  public boolean exists(String name) {
    return files.exists(name);
  }

  @Override
  public String sibling(String name, String fileName) {
    return files.sibling(name, fileName);
  }

  @Override
  public List<String> siblings(String name) {
    return files.siblings(name);
  }
}
