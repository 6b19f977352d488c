package org.ivrpractice.engine;

/** Treats each kind of caller input in one place. */
public interface InputVisitor<R> {
  R visit(Input.Digits input);

  R visit(Input.Speech input);

  R visit(Input.Silence input);

  R visit(Input.HangUp input);
}
