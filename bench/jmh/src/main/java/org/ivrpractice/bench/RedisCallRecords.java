package org.ivrpractice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.CallRecordCodec;

/**
 * Redis's memory per live call: writes, in Redis's protocol for {@code redis-cli --pipe}, the
 * records of {@code N} calls waiting at the card-services main menu exactly as the Redis store
 * writes them (key {@code ivr:call:<CallSid>}, value {@code <revision>:<JSON>}, with the sessions'
 * time-to-live), so that {@code INFO memory} before and after gives the cost of a call.
 *
 * <p>Usage: {@code RedisCallRecords FLOWS_DIR N > records.resp}
 */
public final class RedisCallRecords {

  public static void main(String[] args) throws IOException {
    Flow flow = EngineStepBenchmark.cardServices(args.length > 0 ? args[0] : "ivr-flows");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    CallRecordCodec codec = new CallRecordCodec(new ObjectMapper());
    Engine engine = new Engine();
    try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
      for (int i = 0; i < count; i++) {
        String callSid = String.format("CA%032x", i);
        CallState start = engine.start(flow, null, callSid.hashCode() & 0xffffffffL).state();
        CallState atMenu = engine.step(flow, start, Input.digits("1")).state();
        CallRecord record = CallRecord.twilio(EngineStepBenchmark.REVISION, atMenu, false);
        String value = (1_000_000 + i) + ":" + codec.write(record);
        command(out, "SET", "ivr:call:" + callSid, value, "PX", "1800000");
      }
    }
  }

  private static void command(OutputStream out, String... args) throws IOException {
    StringBuilder resp = new StringBuilder("*").append(args.length).append("\r\n");
    for (String arg : args) {
      byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
      resp.append('$').append(bytes.length).append("\r\n").append(arg).append("\r\n");
    }
    out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
  }

  private RedisCallRecords() {}
}
