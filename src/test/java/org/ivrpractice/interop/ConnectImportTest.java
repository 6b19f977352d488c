package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Problem;
import org.junit.jupiter.api.Test;

/** Amazon Connect flows imported, checked, called and explored as a user would. */
class ConnectImportTest {

  @Test
  void orderLineImportsChecksAndEveryBranchReachesItsEnding() {
    ImportResult result = ImportedFlows.connect("order-line.json");
    Map<String, Flow> flows = ImportedFlows.check(result);
    ImportedFlows.passes(
        flows,
        "order-line",
        """
        flow: order-line
        scenarios:
          - name: closed hours say so
            steps:
              - hear: Thanks for calling the order line.
              - press: 2
              - hear: We are closed.
              - end: self-served
          - name: a shipped order
            steps:
              - press: 1
              - at: main-menu
              - press: 1
              - hear: Enter your order number
              - press: "222222#"
              - hear: Order 222222 has shipped.
              - end: self-served
          - name: an order being prepared
            steps:
              - press: 1
              - press: 1
              - press: "333333#"
              - hear: is being prepared
              - end: self-served
          - name: an unknown order goes to the Support queue
            steps:
              - press: 1
              - press: 1
              - press: "999#"
              - end: transferred to Support
          - name: 2 reaches the Support queue
            steps:
              - press: 1
              - press: 2
              - end: transferred to Support
        """);
    ImportedFlows.exploreAndRun(flows, "order-line");
  }

  @Test
  void bankLineSetsTheTopicByOptionAndComparesTheLambdasAnswer() {
    Map<String, Flow> flows = ImportedFlows.check(ImportedFlows.connect("bank-line.json"));
    ImportedFlows.passes(
        flows,
        "bank-line",
        """
        flow: bank-line
        scenarios:
          - name: a premier balance reaches the Premier queue
            steps:
              - hear: Welcome to the practice bank.
              - press: 1
              - hear: You asked about balances.
              - press: "2222#"
              - hear: Your balance is 10001 dollars.
              - end: transferred to Premier
          - name: an overdrawn account
            steps:
              - press: 2
              - hear: You asked about cards.
              - press: "3333#"
              - hear: overdrawn
              - end: self-served
          - name: an unknown account
            steps:
              - press: 1
              - press: "4321#"
              - hear: could not find that account
              - end: self-served
          - name: silence is asked again, then the call ends
            steps:
              - silence
              - silence
              - silence
              - end: hung-up
        """);
    ImportedFlows.exploreAndRun(flows, "bank-line");
  }

  @Test
  void afterHoursTransfersToTheQueueSetEarlierAndSaysWhenClosed() {
    Map<String, Flow> flows = ImportedFlows.check(ImportedFlows.connect("after-hours.json"));
    ImportedFlows.passes(
        flows,
        "after-hours",
        """
        flow: after-hours
        scenarios:
          - name: closed
            steps:
              - press: 2
              - hear: We are closed.
              - end: self-served
          - name: sales, with the queue set before a message
            steps:
              - press: 1
              - hear: (the recording 55555555-5555-5555-5555-555555555555 plays here)
              - press: 1
              - hear: Please hold.
              - end: transferred to Sales
          - name: support
            steps:
              - press: 1
              - press: 2
              - end: transferred to Support
        """);
    ImportedFlows.exploreAndRun(flows, "after-hours");
  }

  @Test
  void anUnsupportedActionAndAnUnknownReferenceAreReportedTogetherWithTheirPlaces() {
    ImportResult result =
        ConnectImporter.importFlow(
            "lex.json",
            """
            {
              "Version": "2019-10-30",
              "StartAction": "hello",
              "Actions": [
                {
                  "Identifier": "hello",
                  "Type": "MessageParticipant",
                  "Parameters": { "Text": "Hello $.Queue.Name." },
                  "Transitions": { "NextAction": "bot" }
                },
                {
                  "Identifier": "bot",
                  "Type": "ConnectParticipantWithLexBot",
                  "Parameters": { "Text": "How can I help?" },
                  "Transitions": {}
                }
              ]
            }
            """);
    assertEquals(
        List.of(
            "lex.json:8:31: [hello] action 'hello' (MessageParticipant) uses $.Queue.Name, which"
                + " the import cannot turn into a variable. Fix: use $.StoredCustomerInput,"
                + " $.External.x, $.Attributes.x or $.CustomerEndpoint.Address only"
                + " (docs/import.md)",
            "lex.json:11:5: [bot] action 'bot' (ConnectParticipantWithLexBot) has no counterpart"
                + " in a phone flow the import can write. Fix: replace it, or remove it before"
                + " importing; the import converts MessageParticipant, GetParticipantInput,"
                + " Compare, UpdateContactAttributes, UpdateContactTargetQueue,"
                + " TransferContactToQueue, CheckHoursOfOperation, InvokeLambdaFunction,"
                + " DisconnectParticipant"),
        result.problems().stream().map(Problem::format).toList());
  }
}
