package org.ivrpractice.channels.twilio;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.engine.Prompt;

/**
 * The TwiML of a turn, without writing a document per turn. Turns of different calls often differ
 * only in their words (a reference number, the card holder's name), not in their shape. The shape
 * of a turn is its document with each spoken text replaced by a marker: it is rendered with
 * twilio-java once, kept, and filled with each turn's texts, escaped exactly as twilio-java's XML
 * writer escapes them ({@code &}, {@code <} and {@code >}). A text that writer would write another
 * way (a control character, a character beyond the Basic Multilingual Plane) makes the turn render
 * whole, as does a shape whose markers do not each appear once, in order.
 */
final class TurnTemplates {

  /** Marks text {@code i} as {@code IvrText9q<i>Z}: letters and digits, written as they are. */
  private static final String MARK = "IvrText9q";

  private static final String MARK_END = "Z";

  /** The first markers, made once (a turn rarely says more than a few texts). */
  private static final String[] MARKS = new String[16];

  static {
    for (int i = 0; i < MARKS.length; i++) {
      MARKS[i] = MARK + i + MARK_END;
    }
  }

  private final TwimlRenderer renderer;
  private final TwimlCache<Template> shapes;

  TurnTemplates(TwimlRenderer renderer, TwimlCache<Template> shapes) {
    this.renderer = renderer;
    this.shapes = shapes;
  }

  /** The turn's TwiML: the same document {@link TwimlRenderer#turn} writes. */
  String turn(TurnDocument doc) {
    List<String> texts = texts(doc);
    for (String text : texts) {
      if (!plain(text)) {
        return renderer.turn(doc);
      }
    }
    TurnDocument shape = shape(doc);
    Template template = shapes.get(shape, () -> Template.of(renderer.turn(shape), texts.size()));
    return template.usable() ? template.fill(texts) : renderer.turn(doc);
  }

  /** The spoken texts the renderer writes in {@code <Say>}s, in document order. */
  private static List<String> texts(TurnDocument doc) {
    List<String> texts = new ArrayList<>(doc.prompts().size() + 1);
    if (doc.preface() != null) {
      texts.add(doc.preface());
    }
    doc.prompts().forEach(prompt -> texts.add(prompt.text()));
    return texts;
  }

  private static TurnDocument shape(TurnDocument doc) {
    int i = 0;
    String preface = doc.preface() == null ? null : mark(i++);
    List<Prompt> prompts = new ArrayList<>(doc.prompts().size());
    for (Prompt prompt : doc.prompts()) {
      prompts.add(new Prompt(mark(i++), prompt.locale()));
    }
    return new TurnDocument(
        doc.flowId(), doc.locale(), preface, doc.node(), prompts, doc.awaiting(), doc.ending());
  }

  private static String mark(int i) {
    return i < MARKS.length ? MARKS[i] : MARK + i + MARK_END;
  }

  /** True when the XML writer writes every character as it is, but for &, < and >. */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean verbatim =
          c == '\t'
              || c == '\n'
              || (c >= 0x20 && c < 0x7f)
              || (c >= 0xa0 && c < 0xd800)
              || (c >= 0xe000 && c <= 0xfffd);
      if (!verbatim) {
        return false;
      }
    }
    return true;
  }

  /** A rendered shape cut at its markers; unusable when a marker is missing or repeated. */
  record Template(List<String> pieces) {

    static final Template UNUSABLE = new Template(null);

    static Template of(String xml, int texts) {
      List<String> pieces = new ArrayList<>(texts + 1);
      int from = 0;
      for (int i = 0; i < texts; i++) {
        String mark = mark(i);
        int at = xml.indexOf(mark, from);
        if (at < 0 || xml.indexOf(mark, at + mark.length()) >= 0 || xml.indexOf(mark) != at) {
          return UNUSABLE;
        }
        pieces.add(xml.substring(from, at));
        from = at + mark.length();
      }
      pieces.add(xml.substring(from));
      return new Template(List.copyOf(pieces));
    }

    boolean usable() {
      return pieces != null;
    }

    String fill(List<String> texts) {
      int size = 0;
      for (String piece : pieces) {
        size += piece.length();
      }
      for (String text : texts) {
        size += text.length() + 16;
      }
      StringBuilder xml = new StringBuilder(size);
      for (int i = 0; i < texts.size(); i++) {
        xml.append(pieces.get(i));
        escape(texts.get(i), xml);
      }
      return xml.append(pieces.get(texts.size())).toString();
    }

    private static void escape(String text, StringBuilder xml) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '&' -> xml.append("&amp;");
          case '<' -> xml.append("&lt;");
          case '>' -> xml.append("&gt;");
          default -> xml.append(c);
        }
      }
    }
  }
}
