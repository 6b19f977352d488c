package org.ivrpractice.channels.twilio;

/**
 * What the Twilio channel itself says, beyond the flow's prompts: apologies when something goes
 * wrong, and the hold announcements of transfers. English and Spanish; other locales hear English.
 */
final class CallerMessages {

  private final boolean spanish;

  private CallerMessages(boolean spanish) {
    this.spanish = spanish;
  }

  static CallerMessages of(String locale) {
    return new CallerMessages(locale != null && locale.toLowerCase().startsWith("es"));
  }

  /** Said before the call starts again when its session was lost (restart, expiry). */
  String lostTrack() {
    return spanish
        ? "Lo sentimos, perdimos el hilo de su llamada. Empecemos de nuevo."
        : "Sorry, we lost track of your call. Let's start again.";
  }

  /** Said when the line fails (an error in this server, or Twilio's fallback request). */
  String apology() {
    return spanish
        ? "Lo sentimos, esta línea tiene un problema en este momento."
        : "Sorry, this line is having a problem right now.";
  }

  /** Said before the fallback number is dialled. */
  String connectingToFallback() {
    return spanish
        ? "Le comunicamos con alguien que puede ayudarle."
        : "Connecting you with someone who can help.";
  }

  /** The last words when there is nowhere to send the caller. */
  String goodbye() {
    return spanish
        ? "Por favor, vuelva a llamar más tarde. Adiós."
        : "Please call again later. Goodbye.";
  }

  /** Said when a dialled agent line did not answer, or the caller left a queue unserved. */
  String noAgentAnswered() {
    return spanish
        ? "Lo sentimos, nadie pudo atender su llamada. Volvamos al inicio."
        : "Sorry, no one could take your call. Let's go back to the start.";
  }

  /** Said when a flow named in a webhook does not exist. */
  String lineNotAvailable() {
    return spanish
        ? "Lo sentimos, esta línea no está disponible."
        : "Sorry, this line is not available.";
  }

  /** The simulated hold of a transfer to a queue with no number (practice mode). */
  String practiceHold(int position, int waitSeconds) {
    return queueStatus(position, waitSeconds)
        + (spanish
            ? " Esta es una línea de práctica, así que ningún agente contestará."
            : " This is a practice line, so no agent will answer.");
  }

  /** What a caller held in a Twilio queue hears, again and again. */
  String queueStatus(int position, int waitSeconds) {
    return spanish
        ? "Usted es el número "
            + position
            + " en la fila; la espera estimada es de "
            + duration(waitSeconds)
            + "."
        : "You are number "
            + position
            + " in the queue; the estimated wait is "
            + duration(waitSeconds)
            + ".";
  }

  private String duration(int seconds) {
    if (seconds < 60) {
      int s = Math.max(seconds, 1);
      return s
          + (spanish ? (s == 1 ? " segundo" : " segundos") : (s == 1 ? " second" : " seconds"));
    }
    int minutes = Math.round(seconds / 60f);
    return minutes
        + (spanish
            ? (minutes == 1 ? " minuto" : " minutos")
            : (minutes == 1 ? " minute" : " minutes"));
  }
}
