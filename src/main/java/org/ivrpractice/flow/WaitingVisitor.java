package org.ivrpractice.flow;

/** Treats each kind of node that waits for the caller in one place. */
public interface WaitingVisitor<R> {
  R visit(Node.Menu node);

  R visit(Node.Collect node);
}
