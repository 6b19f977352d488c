package org.ivrpractice.channels.terminal;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The keyboard as a phone hears it: a line typed before the prompt's timeout is the caller's input,
 * and nothing typed for that long is silence. Lines are read on a thread of their own, one line for
 * each prompt that asks, hidden when that prompt's entry is sensitive; a line typed after a silence
 * is the answer to the next prompt, as on a phone where the line moved on.
 */
public final class TimedLines implements TerminalSimulator.LineSource {

  /** Reads one line from the keyboard (hidden when {@code secret}); null at the end of input. */
  @FunctionalInterface
  public interface Keyboard {
    String readLine(boolean secret) throws IOException;
  }

  private final Keyboard keyboard;

  /** Each read the keyboard thread is asked for: whether it is hidden. */
  private final BlockingQueue<Boolean> asked = new LinkedBlockingQueue<>();

  private final BlockingQueue<Typed> typed = new LinkedBlockingQueue<>();

  /** A read was asked for and its line not taken yet (it answers the next prompt). */
  private boolean reading;

  private Thread reader;

  TimedLines(Keyboard keyboard) {
    this.keyboard = keyboard;
  }

  @Override
  public Typed read(boolean hidden, int timeoutSeconds) throws IOException {
    synchronized (this) {
      startReading();
      if (!reading) {
        reading = true;
        asked.add(hidden);
      }
    }
    try {
      Typed next = typed.poll(Math.max(1, timeoutSeconds), TimeUnit.SECONDS);
      if (next == null) {
        return Typed.silence();
      }
      synchronized (this) {
        reading = false;
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Typed.end();
    }
  }

  private void startReading() {
    if (reader != null) {
      return;
    }
    reader =
        new Thread(
            () -> {
              try {
                Typed next;
                do {
                  next = Typed.line(keyboard.readLine(asked.take()));
                  typed.add(next);
                } while (next.kind() != Typed.Kind.END);
              } catch (IOException e) {
                typed.add(Typed.end());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "terminal-keyboard");
    reader.setDaemon(true);
    reader.start();
  }
}
