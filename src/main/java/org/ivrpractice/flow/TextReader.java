package org.ivrpractice.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads a text the caller hears: a plain string when the flow speaks one locale, else one entry per
 * locale, each a {@link Template}. Every locale the flow declares must have its text.
 */
final class TextReader {

  private final List<String> locales;
  private final SourceMap sources;
  private final Problems problems;

  TextReader(List<String> locales, SourceMap sources, Problems problems) {
    this.locales = locales;
    this.sources = sources;
    this.problems = problems;
  }

  /**
   * The text at {@code node}, or null when it has no usable template (the problem is reported).
   *
   * @param nodeId the node it belongs to, or null for the flow's own texts
   * @param sourceKey where it is written in the node ({@code prompt}, {@code options.0.label})
   */
  Text read(YNode node, String nodeId, String sourceKey) {
    Map<String, Template> byLocale = new LinkedHashMap<>();
    sources.put(nodeId == null ? "" : nodeId, sourceKey, node.position());
    String key = SourceMap.describe(sourceKey);
    if (node instanceof YScalar s
        && (s.kind() == YScalar.Kind.TEXT || s.kind() == YScalar.Kind.NUMBER)) {
      plain(s, nodeId, key, byLocale);
    } else if (node instanceof YMap m) {
      perLocale(m, nodeId, key, byLocale);
    } else {
      problems.add(
          node.position(),
          nodeId,
          key + " must be a text, or one text per locale, not " + node.describe(),
          "write " + key + ": \"...\"");
    }
    return byLocale.isEmpty() ? null : new Text(byLocale);
  }

  private void plain(YScalar s, String nodeId, String key, Map<String, Template> byLocale) {
    if (locales.size() > 1) {
      problems.add(
          s.position(),
          nodeId,
          key + " is one plain text, but the flow speaks " + String.join(" and ", locales),
          "write one text per locale: " + String.join(": ..., ", locales) + ": ...");
    }
    Template t = template(s.text(), s.position(), nodeId, key);
    if (t != null) {
      byLocale.put(locales.get(0), t);
    }
  }

  private void perLocale(YMap m, String nodeId, String key, Map<String, Template> byLocale) {
    for (YEntry e : m.entries()) {
      Template t = localeText(e, nodeId, key);
      if (t != null) {
        byLocale.put(e.key(), t);
      }
    }
    for (String locale : locales) {
      if (m.entry(locale) == null) {
        problems.add(
            m.position(),
            nodeId,
            key + " has no " + locale + " text",
            "add " + locale + ": \"...\" under " + key);
      }
    }
  }

  private Template localeText(YEntry e, String nodeId, String key) {
    if (!locales.contains(e.key())) {
      problems.add(
          e.keyPosition(),
          nodeId,
          key + " has a text for " + e.key() + ", which the flow does not declare",
          "add " + e.key() + " to the flow's locales, or remove this text");
      return null;
    }
    if (!(e.value() instanceof YScalar s) || s.text() == null) {
      problems.add(
          e.keyPosition(),
          nodeId,
          "the " + e.key() + " text of " + key + " is empty",
          "write the words after '" + e.key() + ":'");
      return null;
    }
    return template(s.text(), e.value().position(), nodeId, key);
  }

  private Template template(String source, Position at, String nodeId, String key) {
    Template.Parsed parsed = Template.parse(source);
    if (parsed.template() == null) {
      problems.add(at, nodeId, "in " + key + ", " + parsed.error(), parsed.fix());
    }
    return parsed.template();
  }
}
