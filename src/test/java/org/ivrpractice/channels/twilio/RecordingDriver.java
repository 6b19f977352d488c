package org.ivrpractice.channels.twilio;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.engine.Input;
import org.ivrpractice.testing.CallDriver;
import org.ivrpractice.testing.CallView;

/** Passes calls through to another driver and keeps every turn it returned, in order. */
final class RecordingDriver implements CallDriver {

  private final CallDriver driver;
  private final List<CallView> turns = new ArrayList<>();

  RecordingDriver(CallDriver driver) {
    this.driver = driver;
  }

  @Override
  public CallView start(String flowId, String locale, long seed) {
    turns.clear();
    return kept(driver.start(flowId, locale, seed));
  }

  @Override
  public CallView send(Input input) {
    return kept(driver.send(input));
  }

  List<CallView> turns() {
    return List.copyOf(turns);
  }

  private CallView kept(CallView view) {
    turns.add(view);
    return view;
  }
}
