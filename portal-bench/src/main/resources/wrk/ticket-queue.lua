-- GET /api/v1/tickets as the admin (API token): the first page of the active-ticket queue, what is due first,
-- with each ticket's SLA state; every fourth request filters to one priority.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local auth = "Bearer " .. env("BENCH_ADMIN_TOKEN")
local priorities = { "LOW", "NORMAL", "HIGH", "URGENT" }

function request()
  local path = "/api/v1/tickets?max=25"
  if math.random(4) == 1 then
    path = path .. "&priority=" .. priorities[math.random(#priorities)]
  end
  return wrk.format("GET", path, { ["Accept"] = "application/json", ["Authorization"] = auth })
end
