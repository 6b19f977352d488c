package org.ivrpractice.flow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/** Reads a practice data file: {@code tables:}, each a list of records. */
final class PracticeDataReader {

  private PracticeDataReader() {}

  static PracticeData read(String path, String name, SourceFiles files, Problems problems) {
    YNode root;
    try {
      root = YamlTree.read(path, files.read(path));
    } catch (YamlTree.YamlError e) {
      problems.add(e.problem());
      return new PracticeData(name, Map.of());
    } catch (IOException e) {
      problems.add(Position.unknown(path), null, "cannot read: " + e.getMessage(), null);
      return new PracticeData(name, Map.of());
    }
    YMap map =
        MapReader.asMap(root, Position.unknown(path), null, "a practice data file", problems);
    if (map == null) {
      return new PracticeData(name, Map.of());
    }
    new MapReader(
        map,
        null,
        "a practice data file",
        java.util.Set.of("tables"),
        Map.of("tables", "{ cards: [ ... ] }"),
        problems);
    YNode tablesNode = map.get("tables");
    YMap tables =
        tablesNode == null
            ? null
            : MapReader.asMap(tablesNode, map.position(), null, "'tables'", problems);
    Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
    if (tables != null) {
      for (YEntry e : tables.entries()) {
        out.put(e.key(), records(e, problems));
      }
    }
    return new PracticeData(name, java.util.Collections.unmodifiableMap(out));
  }

  private static List<Map<String, String>> records(YEntry table, Problems problems) {
    List<Map<String, String>> records = new ArrayList<>();
    if (!(table.value() instanceof YList list)) {
      problems.add(
          table.keyPosition(),
          null,
          "table '" + table.key() + "' must be a list of records",
          "write each record as a list item: - { field: value, ... }");
      return records;
    }
    for (YNode item : list.items()) {
      if (!(item instanceof YMap)) {
        problems.add(
            item.position(),
            null,
            "a record of table '" + table.key() + "' must be a mapping",
            "write it as field: value lines");
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> plain = (Map<String, Object>) plain(item);
      // In the file's order (a call's variables list its fields so), and quick to iterate: a lookup
      // copies every field of the record it finds.
      records.add(
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(PracticeData.flatten(plain))));
    }
    return List.copyOf(records);
  }

  private static Object plain(YNode node) {
    if (node instanceof YMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach(e -> out.put(e.key(), plain(e.value())));
      return out;
    }
    if (node instanceof YList l) {
      return l.items().stream().map(PracticeDataReader::plain).toList();
    }
    return ((YScalar) node).text();
  }
}
