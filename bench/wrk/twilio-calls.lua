-- Plays whole lost-card calls against the Twilio webhooks, as Twilio would: each call a new CallSid,
-- its six requests one after the other (the next is sent only once the previous one is answered),
-- each signed (X-Twilio-Signature) for its own URL and parameters.
--
-- Run with as many threads as connections (-t N -c N): wrk tells the script neither which
-- connection a request goes on nor which one an answer came from, so a thread with one connection
-- is the only way to keep each call's requests in order.
--
-- Arguments (after --): MODE FILES_DIR FIRST_CALL CALLS_PER_THREAD
--   MODE        twilio: the webhooks; limit: the same requests to /bench/twiml (a fixed document)
--   FILES_DIR   where TwilioCallScript wrote steps.tsv and calls.txt
--   FIRST_CALL  the first record of calls.txt this run uses (each run takes fresh CallSids)
--   CALLS_PER_THREAD  records per thread; a thread that uses them all starts again at its first
--
-- done() prints one line: BENCH {json}.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function split_tabs(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    fields[#fields + 1] = field
  end
  return fields
end

function init(args)
  mode = args[1]
  local dir = args[2]
  local first = tonumber(args[3])
  local per_thread = tonumber(args[4])

  steps = {}
  for line in io.lines(dir .. "/steps.tsv") do
    local f = split_tabs(line)
    steps[#steps + 1] = { path = f[1], expect = f[2], before = f[3], after = f[4] }
  end

  -- calls.txt has fixed-width lines: CallSid, then one signature per step.
  local file = assert(io.open(dir .. "/calls.txt", "rb"))
  local width = #file:read("*l") + 1
  local total = math.floor(file:seek("end") / width)
  calls = {}
  for i = 0, per_thread - 1 do
    local record = (first + id * per_thread + i) % total
    file:seek("set", record * width)
    local line = file:read("*l")
    local call = { sigs = {} }
    for word in line:gmatch("%S+") do
      if call.sid == nil then call.sid = word else call.sigs[#call.sigs + 1] = word end
    end
    calls[#calls + 1] = call
  end
  file:close()

  call_index, step_index = 1, 1
  calls_done, wrong, wraps = 0, 0, 0
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

function request()
  local call, step = calls[call_index], steps[step_index]
  headers["X-Twilio-Signature"] = call.sigs[step_index]
  local path = mode == "limit" and "/bench/twiml" or step.path
  return wrk.format("POST", path, headers, step.before .. call.sid .. step.after)
end

function response(status, headers, body)
  if mode ~= "limit" and status == 200 and not body:find(steps[step_index].expect, 1, true) then
    wrong = wrong + 1 -- answered, but not with what this step of the call should hear
  end
  step_index = step_index + 1
  if step_index > #steps then
    step_index = 1
    calls_done = calls_done + 1
    call_index = call_index + 1
    if call_index > #calls then
      call_index, wraps = 1, wraps + 1
    end
  end
end

function done(summary, latency, requests)
  local calls, wrong_answers, wrapped = 0, 0, 0
  for _, t in ipairs(threads) do
    calls = calls + t:get("calls_done")
    wrong_answers = wrong_answers + t:get("wrong")
    wrapped = wrapped + t:get("wraps")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"mode":"%s","connections":%d,"seconds":%.3f,"requests":%d,"calls":%d,'
      .. '"non_2xx":%d,"wrong_answers":%d,"socket_errors":%d,"timeouts":%d,"pool_wraps":%d,'
      .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
    threads[1]:get("mode"), #threads, summary.duration / 1e6, summary.requests, calls,
    e.status, wrong_answers, e.connect + e.read + e.write, e.timeout, wrapped,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
