-- POST /api/v1/tickets as a customer (API token): validation, SLA targets from the policy, an insert, the
-- confirmation e-mail in the outbox and the submission event.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local auth = "Bearer " .. env("BENCH_CUSTOMER_TOKEN")

function request()
  local body = string.format('{"subject":"Order %d has not arrived","description":"Opened by the ticket-open scenario.","priority":"NORMAL"}',
    math.random(1, 1000000))
  return wrk.format("POST", "/api/v1/tickets",
    { ["Accept"] = "application/json", ["Content-Type"] = "application/json", ["Authorization"] = auth }, body)
end
