package org.ivrpractice.channels.twilio;

import java.time.Instant;

/**
 * How a call on the Twilio line ended, as far as this server knows. No phone numbers and nothing
 * the caller entered: only ids, the outcome and Twilio's final status.
 *
 * @param callSid Twilio's id of the call
 * @param flowId the flow the call ran, or null when unknown
 * @param outcome the engine's outcome ({@code transferred}, {@code self-served}, {@code hung-up},
 *     {@code abandoned}), {@code error} when the line failed, or null when not yet known
 * @param queue the queue a transfer reached, or null
 * @param callStatus Twilio's final status ({@code completed}, {@code no-answer}...), or null until
 *     the status callback arrives
 * @param durationSeconds the call's duration from the status callback, or null
 * @param updatedAt when this record last changed
 */
public record CallOutcome(
    String callSid,
    String flowId,
    String outcome,
    String queue,
    String callStatus,
    Integer durationSeconds,
    Instant updatedAt) {}
