package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.junit.jupiter.api.Test;

/** Studio flows imported, checked, called and explored as a user would. */
class StudioImportTest {

  @Test
  void supportLineImportsChecksAndEveryBranchReachesItsEnding() {
    ImportResult result = ImportedFlows.studio("support-line.json");
    Map<String, Flow> flows = ImportedFlows.check(result);
    ImportedFlows.passes(
        flows,
        "support-line",
        """
        flow: support-line
        scenarios:
          - name: 1 reaches the billing desk
            steps:
              - hear: Welcome to Acme support
              - at: main_menu
              - press: 1
              - hear: Connecting you to billing.
              - end: transferred to billing_desk
          - name: saying billing does the same
            steps:
              - say: I have a billing question
              - end: transferred to billing_desk
          - name: a shipped order is read back
            steps:
              - press: 2
              - hear: six digit order number
              - press: "222222"
              - hear: Order 222222 has shipped.
              - hear: Goodbye
              - end: self-served
          - name: an order being prepared
            steps:
              - say: my order
              - press: "333333"
              - hear: still being prepared
              - end: self-served
          - name: an unknown order goes to an agent
            steps:
              - press: 2
              - press: "999999"
              - hear: could not find that order
              - end: transferred to Support
          - name: 3 or agent reaches the Support queue
            steps:
              - press: 3
              - end: transferred to Support
          - name: silence is asked again twice, as a wrong key is, then says goodbye
            steps:
              - silence
              - hear: Sorry, I didn't hear anything.
              - silence
              - silence
              - hear: We did not hear from you
              - end: self-served
        """);
    String written = ImportedFlows.exploreAndRun(flows, "support-line");
    assertTrue(written.contains("scenarios:"), written);
  }
}
