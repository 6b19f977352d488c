package org.ivrpractice.flow;

/** Treats each kind of node in one place. */
public interface NodeVisitor<R> {
  R visit(Node.Say node);

  R visit(Node.Menu node);

  R visit(Node.Collect node);

  R visit(Node.Lookup node);

  R visit(Node.Branch node);

  R visit(Node.Reference node);

  R visit(Node.Save node);

  R visit(Node.Transfer node);

  R visit(Node.Hangup node);

  R visit(Node.Subflow node);

  R visit(Node.Return node);
}
