package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken flow per kind of problem the loader reports, each asserting the exact message a flow
 * author reads: {@code file:line:column: [node] what is wrong. Fix: how}.
 */
class FlowValidatorTest {

  private static final String PRACTICE_DATA =
      """
      tables:
        cards:
          - number: "378282246310005"
            holder: Alex Rivera
            tier: Green
      """;

  private static final String VERIFY_SUBFLOW =
      """
      id: verify
      exits: [verified, failed]
      nodes:
        ask-pin:
          type: collect
          prompt: "Please enter your PIN."
          length: 4
          into: pin
          fallback: failed
          next: verified
        verified: { type: return, exit: verified }
        failed: { type: return, exit: failed }
      """;

  // --- YAML ---

  @Test
  void yamlSyntaxErrorIsReportedWithItsLine() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: hangup
            prompt: "Goodbye.
          other: { type: hangup }
        """,
        "line.yaml:5:13: this quoted text is never closed. Fix: end it with the same quote it"
            + " starts with");
  }

  @Test
  void duplicateKeyIsReportedWithBothLines() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            prompt: "Hello."
            next: bye
            next: welcome
          bye: { type: hangup }
        """,
        "line.yaml:7:5: the key 'next' appears twice in one mapping (first at line 6). Fix: keep"
            + " one of them: YAML would silently drop the other");
  }

  // --- shape: keys and types ---

  @Test
  void unknownKeyIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            promt: "Hello."
            next: bye
          bye: { type: hangup }
        """,
        "line.yaml:5:5: [welcome] a say node has no key 'promt'. Fix: did you mean 'prompt'?");
  }

  @Test
  void missingRequiredKeyIsReportedWithAnExample() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            prompt: "Hello."
          bye: { type: hangup }
        """,
        "line.yaml:4:5: [welcome] a say node needs 'next'. Fix: add next: <node id>");
  }

  @Test
  void valueOfTheWrongTypeIsReportedWithAnExample() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            retries: many
            options:
              - { digit: 1, label: goodbye, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:5:14: [main] 'retries' of a menu node must be a whole number from 0 to 9, not"
            + " the text \"many\". Fix: write for example retries: 2");
  }

  @Test
  void unknownNodeTypeIsReportedWithADidYouMeanAndNothingElse() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: sya
            prompt: "Hello."
            next: bye
          bye: { type: hangup }
        """,
        "line.yaml:4:11: [welcome] 'sya' is not a node type. Fix: did you mean 'say'?");
  }

  // --- targets ---

  @Test
  void optionToUnknownNodeIsReportedWithItsLineAndASuggestion() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: opening hours, goto: hours }
              - { digit: 2, label: goodbye, goto: bye }
          hour: { type: hangup, prompt: "We open at nine." }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:6:43: [main] option 1 goes to unknown node [hours]. Fix: did you mean 'hour'?");
  }

  @Test
  void startNamingNoNodeIsReported() {
    assertProblems(
        """
        id: line
        start: welcom
        nodes:
          welcome: { type: say, prompt: "Hello.", next: bye }
          bye: { type: hangup }
        """,
        "line.yaml:2:1: the start node [welcom] does not exist. Fix: did you mean 'welcome'?");
  }

  @Test
  void nodeNoCallCanReachIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome: { type: say, prompt: "Hello.", next: bye }
          bye: { type: hangup }
          forgotten: { type: hangup, prompt: "Nobody hears this." }
        """,
        "line.yaml:5:3: [forgotten] no call can reach this node. Fix: point an option, next or goto"
            + " at it, or remove it");
  }

  // --- menus and escapes ---

  @Test
  void sameDigitOnTwoOptionsIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 1, label: a joke, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:11: [main] digit 1 is used by two options (1 and 2). Fix: give each option its"
            + " own digit");
  }

  @Test
  void sameSynonymOnTwoOptionsIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, say: [hours, open], goto: bye }
              - { digit: 2, label: a joke, say: [joke, Open], goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:9: [main] \"open\" is said for option 1 and option 2. Fix: keep \"open\" on"
            + " one option only");
  }

  @Test
  void optionDigitAndSynonymClashingWithTheAgentEscapeAreReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 0, label: a person, say: [agent], goto: agent }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:9: [main] option 0's word \"agent\" is also the global escape 'agent'. Fix:"
            + " remove \"agent\" from the option, or turn the escape off here with escapes:"
            + " [repeat]",
        "line.yaml:7:11: [main] option 0 clashes with the global escape 'agent', which also answers"
            + " to 0. Fix: choose another digit, or turn the escape off here with escapes:"
            + " [repeat]");
  }

  @Test
  void escapeTurnedOffOnTheNodeMakesTheClashLegal() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            escapes: [repeat]
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 0, label: a person, say: [agent], goto: agent }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """);
  }

  @Test
  void agentEscapeWithNoAgentNodeIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
          bye: { type: hangup }
        """,
        "line.yaml:3:3: [main] the global escape 'agent' goes to node [agent], which this flow does"
            + " not have. Fix: add a node 'agent' (for an agent, usually a transfer), point"
            + " escapes.agent.goto at another node, or turn it off with escapes: { agent: false }");
  }

  // --- graph ---

  @Test
  void menuThatOnlyLoopsBackToItselfHasNoWayOut() {
    assertProblems(
        """
        id: line
        nodes:
          trap:
            type: menu
            prompt: "Press 1 to hear this again."
            escapes: false
            fallback: trap
            options:
              - { digit: 1, goto: trap }
        """,
        "line.yaml:3:3: [trap] the node has no way out: no path from it reaches a transfer, hangup"
            + " or agent. Fix: give it (or a node after it) a way to end the call, for example an"
            + " option to an agent, or keep the global escapes on");
  }

  @Test
  void loopThroughNoMenuOrCollectIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: thanks
          thanks: { type: say, prompt: "Thank you.", next: check }
          check:
            type: branch
            when:
              - { if: pin == "1234", goto: thanks }
            else: agent
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:9:3: [thanks] the loop [thanks] -> [check] -> [thanks] never waits for the"
            + " caller, so no retry counter can stop it and the call would spin forever. Fix: route"
            + " the loop through a menu or collect (they count retries), or end it");
  }

  // --- texts and locales ---

  @Test
  void textMissingInADeclaredLocaleIsReported() {
    assertProblems(
        """
        id: line
        locales: [en-US, es-US]
        nodes:
          welcome:
            type: hangup
            prompt:
              en-US: "Goodbye."
        """,
        "line.yaml:7:7: [welcome] 'prompt' has no es-US text. Fix: add es-US: \"...\" under"
            + " 'prompt'");
  }

  @Test
  void plainTextInATwoLocaleFlowIsReported() {
    assertProblems(
        """
        id: line
        locales: [en-US, es-US]
        nodes:
          welcome:
            type: hangup
            prompt: "Goodbye."
        """,
        "line.yaml:6:13: [welcome] 'prompt' is one plain text, but the flow speaks en-US and es-US."
            + " Fix: write one text per locale: en-US: ..., es-US: ...");
  }

  @Test
  void textForALocaleTheFlowDoesNotDeclareIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: hangup
            prompt:
              en-US: "Goodbye."
              fr-FR: "Au revoir."
        """,
        "line.yaml:7:7: [welcome] 'prompt' has a text for fr-FR, which the flow does not declare."
            + " Fix: add fr-FR to the flow's locales, or remove this text");
  }

  @Test
  void optionSettingALocaleTheFlowDoesNotDeclareIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: French, set: { locale: fr-FR }, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:6:36: [main] option 1 sets locale fr-FR, which the flow does not declare. Fix:"
            + " add fr-FR to the flow's locales, or set one of en-US");
  }

  @Test
  void templateSyntaxErrorIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: hangup
            prompt: "You have {points points."
        """,
        "line.yaml:5:13: [welcome] in 'prompt', a '{' has no closing '}'. Fix: close the variable"
            + " with '}' or write '{{'");
  }

  // --- variables ---

  @Test
  void variableSetOnNoPathIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: bye
          bye: { type: hangup, prompt: "Your PIN is {pni|digits}." }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:9:32: [bye] 'prompt' uses {pni}, which is set on no path before it. Fix: did you"
            + " mean {pin}?");
  }

  @Test
  void variableUsedOnlyBeforeItIsSetIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome: { type: say, prompt: "Your PIN was {pin}.", next: ask-pin }
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:3:33: [welcome] 'prompt' uses {pin}, which is set on no path before it. Fix:"
            + " [ask-pin] sets it, but no call passes there before here: use it after [ask-pin], or"
            + " set it on the way here");
  }

  @Test
  void variablesSetByCollectLookupOptionAndSubflowBeforeUseAreFine() {
    assertNoProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              card-number:
                type: collect
                prompt: "Please enter your card number."
                length: 15
                check: luhn
                into: card
                next: find-card
              find-card:
                type: lookup
                table: cards
                match: { number: card }
                as: account
                found: delivery
                notFound: agent
              delivery:
                type: menu
                prompt: "Hello {account.holder}. For standard delivery, press 1."
                options:
                  - { digit: 1, set: { speed: standard }, goto: verify }
              verify:
                type: subflow
                flow: verify
                exits: { verified: route, failed: agent }
              route:
                type: branch
                when:
                  - { if: speed == "standard" and account.tier == "Green", goto: bye }
                else: agent
              bye: { type: hangup, prompt: "Card {card|digits}, PIN {pin|digits}. Goodbye." }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA,
            "verify.yaml",
            VERIFY_SUBFLOW));
  }

  // --- queues, collects, lookups ---

  @Test
  void undeclaredQueueIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          agent: { type: transfer, queue: agnets }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:3:28: [agent] the queue 'agnets' is not declared. Fix: did you mean 'agents'? Or"
            + " declare it under queues:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossibleLengths")
  void collectWithAnImpossibleLengthIsReported(String keys, String expected) {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter it."
            %s
            into: entered
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """
            .formatted(keys),
        expected);
  }

  static Stream<Arguments> impossibleLengths() {
    return Stream.of(
        arguments(
            "length: \"8-4\"",
            "line.yaml:6:5: [ask] the length range 8-4 runs backwards. Fix: write the shorter"
                + " length first: length: \"4-8\""),
        arguments(
            "length: 0",
            "line.yaml:6:5: [ask] a length of 0 digits cannot be entered. Fix: use a length from 1"
                + " to 30"),
        arguments(
            "length: 31",
            "line.yaml:6:5: [ask] a length of 31 digits cannot be entered. Fix: use a length from 1"
                + " to 30"),
        arguments(
            "length: 1\n    check: luhn",
            "line.yaml:6:5: [ask] a Luhn check needs at least 2 digits, not 1. Fix: collect the"
                + " whole number (a card number has 15 or 16 digits), or drop check: luhn"),
        arguments(
            "length: 5\n    check: date",
            "line.yaml:6:5: [ask] a date is 4 (MMDD) or 8 (MMDDYYYY) digits, which a length of 5"
                + " never allows. Fix: write length: 4 or length: 8"),
        arguments(
            "length: 12\n    check: amount",
            "line.yaml:6:5: [ask] an amount in cents has at most 9 digits, not 12. Fix: write a"
                + " length up to 9, for example length: \"1-9\""));
  }

  @Test
  void unknownCheckIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter your card number."
            length: 15
            check: lunh
            into: card
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:5: [ask] 'lunh' is not a check. Fix: did you mean 'luhn'?");
  }

  @Test
  void finishKeyThatIsAlsoTheRepeatEscapeIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter your card number, then press star."
            length: 4-15
            finishKey: "*"
            into: card
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:5: [ask] the finish key * is also the global escape 'repeat', so it could"
            + " never finish. Fix: write finishKey: \"#\", or turn the escape off here with"
            + " escapes: [agent]");
  }

  @Test
  void unknownTableIsReportedWithADidYouMean() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              ask: { type: collect, prompt: "Card?", length: 15, into: card, next: find }
              find:
                type: lookup
                table: card
                match: { number: card }
                as: account
                found: bye
                notFound: bye
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "line.yaml:7:5: [find] there is no table 'card' in the practice data. Fix: did you mean"
            + " 'cards'?");
  }

  @Test
  void lookupMatchingAFieldNoRecordHasIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              ask: { type: collect, prompt: "Card?", length: 15, into: card, next: find }
              find:
                type: lookup
                table: cards
                match: { numbr: card }
                as: account
                found: bye
                notFound: bye
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "line.yaml:8:5: [find] no record of table 'cards' has a field 'numbr'. Fix: did you mean"
            + " 'number'?");
  }

  @Test
  void dataFileThatIsNotBesideTheFlowIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practise.data.yaml
            nodes:
              bye: { type: hangup }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "line.yaml:2:1: the practice data file 'practise.data.yaml' was not found beside the flow."
            + " Fix: did you mean 'practice.data.yaml'?");
  }

  // --- sub-flows ---

  @Test
  void callToASubflowThatDoesNotExistIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check: { type: subflow, flow: verfy, exits: { verified: bye, failed: bye } }
              bye: { type: hangup }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "line.yaml:3:27: [check] there is no sub-flow 'verfy'. Fix: did you mean 'verify'?");
  }

  @Test
  void subflowCallMissingAnExitIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check:
                type: subflow
                flow: verify
                exits: { verified: bye }
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "line.yaml:6:5: [check] 'verify' can end through its exit 'failed', which this call sends"
            + " to no node. Fix: add failed: <node id> under exits");
  }

  @Test
  void subflowCallMappingAnExitTheSubflowDoesNotHaveIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check:
                type: subflow
                flow: verify
                exits: { verified: bye, failed: bye, faild: bye }
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "line.yaml:6:42: [check] 'verify' has no exit 'faild'. Fix: did you mean 'failed'?");
  }

  @Test
  void returnThroughAnUndeclaredExitIsReported() {
    assertProblems(
        """
        id: line
        exits: [verified, failed]
        nodes:
          done: { type: return, exit: verifed }
        """,
        "line.yaml:4:25: [done] the exit 'verifed' is not declared. Fix: did you mean 'verified'?");
  }

  @Test
  void returnInAFlowThatIsNotASubflowIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          done: { type: return, exit: verified }
        """,
        "line.yaml:3:3: [done] a return only ends a sub-flow, and this flow declares no exits. Fix:"
            + " use a hangup or transfer here, or declare exits: [verified]");
  }

  @Test
  void subflowsCallingEachOtherInACircleAreReported() {
    assertProblems(
        Map.of(
            "ping.yaml",
            """
            id: ping
            exits: [done]
            nodes:
              call-pong: { type: subflow, flow: pong, exits: { done: finish } }
              finish: { type: return, exit: done }
            """,
            "pong.yaml",
            """
            id: pong
            exits: [done]
            nodes:
              call-ping: { type: subflow, flow: ping, exits: { done: finish } }
              finish: { type: return, exit: done }
            """),
        "ping.yaml:4:31: [call-pong] calling 'pong' from 'ping' makes sub-flows call each other in"
            + " a circle. Fix: let the sub-flows return instead of calling back",
        "pong.yaml:4:31: [call-ping] calling 'ping' from 'pong' makes sub-flows call each other in"
            + " a circle. Fix: let the sub-flows return instead of calling back");
  }

  @Test
  void subflowFileThatIsNotValidYamlIsReportedOnceAndItsCallerIsNotLoaded() {
    LoadResult result =
        FlowLoader.fromSources(
            Map.of(
                "line.yaml",
                """
                id: line
                nodes:
                  check: { type: subflow, flow: verify, exits: { verified: bye, failed: agent } }
                  bye: { type: hangup, prompt: "Thank you, {account.holder}." }
                  agent: { type: transfer, queue: agents }
                queues:
                  agents: { label: Care }
                """,
                "verify.yaml",
                """
                id: verify
                exits: [verified, failed]
                nodes:
                  ask: { type: collect, prompt: "Card?, length: 15, into: card, next: ok }
                """));

    assertEquals(
        List.of(
            "verify.yaml:4:33: this quoted text is never closed. Fix: end it with the same quote"
                + " it starts with"),
        result.problems().stream().map(Problem::format).toList());
    assertEquals(Map.of(), result.flows());
  }

  // --- the flow as a whole ---

  @Test
  void flowIdDifferingFromTheFileNameIsReported() {
    assertProblems(
        """
        id: hello
        nodes:
          bye: { type: hangup }
        """,
        "line.yaml:1:1: the flow's id 'hello' differs from its file name. Fix: name the file"
            + " hello.yaml, or write id: line");
  }

  @Test
  void branchConditionThatCannotBeReadIsReportedAtItsColumn() {
    assertProblems(
        """
        id: line
        nodes:
          ask: { type: collect, prompt: "PIN?", length: 4, into: pin, next: check }
          check:
            type: branch
            when:
              - if: pin = "1234"
                goto: bye
            else: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:17: [check] the condition 'pin = \"1234\"' cannot be read: '=' is not an"
            + " operator (write == or !=). Fix: compare a variable with == != < <= > >= or in"
            + " (...), for example account.tier in (\"Platinum\", \"Centurion\")");
  }

  // --- many problems at once ---

  @Test
  void everyMistakeOfABrokenFlowIsReportedInLineOrderAndOnlyTheGoodFlowsLoad() {
    LoadResult result =
        FlowLoader.fromSources(
            Map.of(
                "good.yaml",
                """
                id: good
                nodes:
                  bye: { type: hangup, prompt: "Goodbye." }
                """,
                "line.yaml",
                """
                id: line
                nodes:
                  welcome:
                    type: say
                    prompt: "Hello."
                    colour: blue
                    next: main
                  main:
                    type: menu
                    options:
                      - { digit: 1, label: goodbye, goto: by }
                  bye: { type: hangup }
                  agent: { type: transfer, queue: agnets }
                queues:
                  agents: { label: Care }
                """));

    assertEquals(
        List.of(
            "line.yaml:6:5: [welcome] a say node has no key 'colour'. Fix: use one of its keys:"
                + " lint, next, prompt, type",
            "line.yaml:11:37: [main] option 1 goes to unknown node [by]. Fix: did you mean 'bye'?",
            "line.yaml:13:28: [agent] the queue 'agnets' is not declared. Fix: did you mean"
                + " 'agents'? Or declare it under queues:"),
        result.problems().stream().map(Problem::format).toList());
    assertEquals(Set.of("good"), result.flows().keySet());
  }

  // --- helpers ---

  private static List<String> problems(Map<String, String> files) {
    return FlowLoader.fromSources(files).problems().stream().map(Problem::format).toList();
  }

  private static void assertProblems(String lineYaml, String... expected) {
    assertProblems(Map.of("line.yaml", lineYaml), expected);
  }

  private static void assertProblems(Map<String, String> files, String... expected) {
    assertEquals(List.of(expected), problems(files));
  }

  private static void assertNoProblems(Map<String, String> files) {
    assertEquals(List.of(), problems(new LinkedHashMap<>(files)));
  }
}
