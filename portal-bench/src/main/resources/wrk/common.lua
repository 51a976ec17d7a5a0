-- Shared by every scenario (loaded with dofile): counts responses outside 2xx per thread, and prints wrk's
-- figures as one JSON line that the load driver reads. wrk itself counts only statuses above 399.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

non2xx = 0

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
  if on_response then
    on_response(status, headers, body)
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationMicros":%d,"non2xx":%d,"connectErrors":%d,"readErrors":%d,' ..
    '"writeErrors":%d,"timeouts":%d,"p50Micros":%d,"p90Micros":%d,"p99Micros":%d,"maxMicros":%d}\n',
    summary.requests, summary.duration, bad, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end

function env(name)
  local value = os.getenv(name)
  if value == nil or value == "" then
    error("the load driver did not set " .. name)
  end
  return value
end

-- A prefix for names and addresses that must be new: the run's, plus the second this wrk started, so the
-- warm-up and the measured run that follows it never write the same name twice (a conflict, not a write).
function unique_run()
  return env("BENCH_RUN") .. "-" .. os.time()
end

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

-- For HTTP Basic credentials made up during the run.
function base64(text)
  return ((text:gsub(".", function(c)
    local bits, byte = "", c:byte()
    for i = 8, 1, -1 do bits = bits .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and "1" or "0") end
    return bits
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(bits)
    if #bits < 6 then return "" end
    local n = 0
    for i = 1, 6 do n = n + (bits:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return alphabet:sub(n + 1, n + 1)
  end) .. ({ "", "==", "=" })[#text % 3 + 1])
end

-- Makes request() a stream of JSON POSTs to path as the admin, with the API token the load driver issued.
-- body(unique, area) writes the JSON of one request from a text unique to the run, thread and request, and a
-- random product area id.
function admin_posts(path, body)
  local areas = split(env("BENCH_AREA_IDS"))
  local headers = {
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. env("BENCH_ADMIN_TOKEN"),
  }
  local run = unique_run()
  local n = 0
  request = function()
    n = n + 1
    return wrk.format("POST", path, headers, body(run .. "-" .. id .. "-" .. n, areas[math.random(#areas)]))
  end
end

function split(list)
  local items = {}
  for item in list:gmatch("[^,]+") do table.insert(items, item) end
  return items
end
