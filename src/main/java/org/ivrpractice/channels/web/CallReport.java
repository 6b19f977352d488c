package org.ivrpractice.channels.web;

import java.util.List;
import org.ivrpractice.practice.MissionProgress;
import org.ivrpractice.practice.TranscriptLine;

/**
 * What {@code GET /api/calls/{id}} answers: the whole call so far, with sensitive digits masked.
 *
 * @param callId the call's id
 * @param flow the line called
 * @param locale the call's language now
 * @param turn how many inputs the call has taken
 * @param state {@code menu}, {@code digits}, {@code on-hold} or {@code ended}
 * @param status the state in words
 * @param node where the call is: {@code flow/node}
 * @param transcript everything said and done
 * @param path the nodes entered, in order ({@code flow/node})
 * @param mission the practice mission's progress, or null
 * @param quickestPath for a mission: the nodes of the quickest route to its goal
 */
public record CallReport(
    String callId,
    String flow,
    String locale,
    int turn,
    String state,
    String status,
    String node,
    List<TranscriptLine> transcript,
    List<String> path,
    MissionProgress mission,
    List<String> quickestPath) {}
