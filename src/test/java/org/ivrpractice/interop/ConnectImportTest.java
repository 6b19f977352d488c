package org.ivrpractice.interop;

import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.junit.jupiter.api.Test;

/** Amazon Connect flows imported, checked, called and explored as a user would. */
class ConnectImportTest {

  private static ImportResult imported(String name) {
    return ConnectImporter.importFlow(name, ImportedFlows.resource("connect/" + name));
  }

  @Test
  void orderLineImportsChecksAndEveryBranchReachesItsEnding() {
    ImportResult result = imported("order-line.json");
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
              - press: "111111#"
              - hear: Order 111111 has shipped.
              - end: self-served
          - name: an order being prepared
            steps:
              - press: 1
              - press: 1
              - press: "222222#"
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
}
