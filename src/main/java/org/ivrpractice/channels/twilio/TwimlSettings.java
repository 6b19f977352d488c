package org.ivrpractice.channels.twilio;

import java.util.Map;
import java.util.Optional;
import org.ivrpractice.channels.twilio.TwilioConfig.QueueRoute.Mode;

/**
 * What the renderer needs of the configuration, as plain values so that tests can build it.
 *
 * @param voices the {@code <Say>} voice per locale ({@code Polly.Joanna}); a locale without one
 *     uses Twilio's default voice
 * @param queues how each queue is reached, by queue name; a queue not listed is simulated
 * @param fallbackNumber where callers go when the line fails, or null
 */
public record TwimlSettings(
    Map<String, String> voices, Map<String, QueueRoute> queues, String fallbackNumber) {

  /**
   * How a queue's transfers reach people.
   *
   * @param number the number to dial, or null
   * @param enqueue true to hold callers in a Twilio queue of this name instead
   */
  public record QueueRoute(String number, boolean enqueue) {}

  public TwimlSettings {
    voices = Map.copyOf(voices);
    queues = Map.copyOf(queues);
  }

  /** The route of a queue: dial, enqueue, or practice (empty). */
  Optional<QueueRoute> route(String queue) {
    QueueRoute route = queue == null ? null : queues.get(queue);
    if (route == null || (!route.enqueue() && route.number() == null)) {
      return Optional.empty();
    }
    return Optional.of(route);
  }

  static TwimlSettings of(TwilioConfig config) {
    Map<String, QueueRoute> queues =
        config.queues().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey,
                    e ->
                        new QueueRoute(
                            e.getValue().number().map(String::strip).orElse(null),
                            e.getValue().mode() == Mode.ENQUEUE)));
    return new TwimlSettings(
        config.twilio().voice(),
        queues,
        config.twilio().fallbackNumber().map(String::strip).filter(s -> !s.isEmpty()).orElse(null));
  }
}
