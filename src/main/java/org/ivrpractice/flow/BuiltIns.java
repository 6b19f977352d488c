package org.ivrpractice.flow;

import java.util.List;
import java.util.Map;

/** The defaults every flow gets unless it says otherwise. */
final class BuiltIns {

  private BuiltIns() {}

  static final int TIMEOUT_SECONDS = 5;
  static final int RETRIES = 2;
  static final List<String> LOCALES = List.of("en-US");

  static final Map<String, String> NO_INPUT =
      Map.of(
          "en-US", "Sorry, I didn't hear anything.",
          "es-US", "Lo siento, no escuché nada.");

  static final Map<String, String> NO_MATCH =
      Map.of(
          "en-US", "Sorry, I didn't understand that.",
          "es-US", "Lo siento, no entendí.");

  /** The built-in global escapes: 0 or "agent" for an agent, * or "repeat" to hear it again. */
  static List<Escape> escapes(String file) {
    Position here = Position.unknown(file);
    return List.of(
        new Escape(
            Escape.AGENT,
            "0",
            List.of(
                "agent",
                "representative",
                "customer service",
                "operator",
                "agente",
                "representante",
                "operador",
                "servicio al cliente"),
            "agent",
            here),
        new Escape(
            Escape.REPEAT,
            "*",
            List.of("repeat", "say that again", "repeat that", "repetir", "repita"),
            null,
            here));
  }
}
