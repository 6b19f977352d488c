package org.ivrpractice.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads a {@code save} node: the table, the key field (the record's first field when not given),
 * and the record, each field a template ({@code reference: "{ref}"}, {@code status: ordered}).
 */
final class SaveReader {

  private SaveReader() {}

  static Node.Save read(String id, Position at, MapReader r, ReadContext context) {
    context.wrote(id, "table", r.position("table"));
    context.wrote(id, "key", r.position("key"));
    context.wrote(id, "record", r.position("record"));
    Map<String, Template> record = record(id, r.node("record"), context);
    String key = r.string("key");
    if (key == null && !record.isEmpty()) {
      key = record.keySet().iterator().next();
    }
    return new Node.Save(id, at, r.string("table"), key, record, context.target(r, id, "next"));
  }

  private static Map<String, Template> record(String id, YNode node, ReadContext context) {
    Map<String, Template> record = new LinkedHashMap<>();
    if (node == null) {
      return record;
    }
    if (!(node instanceof YMap map)) {
      context
          .problems()
          .add(
              node.position(),
              id,
              "'record' must be a mapping of fields, not " + node.describe(),
              "write record: { reference: \"{ref}\", status: ordered }");
      return record;
    }
    for (YEntry e : map.entries()) {
      context.wrote(id, "record." + e.key(), e.value().position());
      Template template = field(id, e, context);
      if (template != null) {
        record.put(e.key(), template);
      }
    }
    return record;
  }

  private static Template field(String id, YEntry e, ReadContext context) {
    if (!(e.value() instanceof YScalar s) || s.text() == null || s.text().isBlank()) {
      context
          .problems()
          .add(
              e.keyPosition(),
              id,
              "the record's '" + e.key() + "' has no value",
              "write " + e.key() + ": \"...\" (a text, with {variables} if needed)");
      return null;
    }
    Template.Parsed parsed = Template.parse(s.text());
    if (parsed.template() == null) {
      context
          .problems()
          .add(
              s.position(),
              id,
              "in the record's '" + e.key() + "', " + parsed.error(),
              parsed.fix());
    }
    return parsed.template();
  }
}
