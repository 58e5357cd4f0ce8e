-- wrk's figures as one JSON line the harness reads (bench/harness.py).
-- Paths after "--" are requested in turn (a mix); without them, the URL given to wrk.
-- A 404 is counted apart (the mix asks for a missing page on purpose); a 5xx is an error.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = args
  turn = 0
  not_found = 0
  server_errors = 0
end

function request()
  if #paths == 0 then
    return wrk.format()
  end
  turn = turn % #paths + 1
  return wrk.format("GET", paths[turn])
end

function response(status, headers, body)
  if status == 404 then
    not_found = not_found + 1
  elseif status >= 500 then
    server_errors = server_errors + 1
  end
end

function done(summary, latency, requests)
  local nf, se = 0, 0
  for _, thread in ipairs(threads) do
    nf = nf + thread:get("not_found")
    se = se + thread:get("server_errors")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, "not_found": %d, "server_errors": %d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), e.connect, e.read, e.write, e.status, e.timeout, nf, se))
end
