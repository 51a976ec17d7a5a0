-- POST /api/v1/ideas as a customer (API token): validation, the insert with the author's follow, the submission
-- event and the search index update after commit. The portal the benchmark starts lifts the per-customer hourly
-- limit (PORTAL_IDEAS_PER_HOUR), as every request comes from the same customer.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local areas = split(env("BENCH_AREA_IDS"))
local auth = "Bearer " .. env("BENCH_CUSTOMER_TOKEN")
local run = unique_run()
local n = 0

function request()
  n = n + 1
  local body = string.format('{"title":"Idea %s-%s-%d from the load test","description":"Make it **faster**, please.","areaId":%s,"tags":["load"]}',
    run, id, n, areas[math.random(#areas)])
  return wrk.format("POST", "/api/v1/ideas",
    { ["Accept"] = "application/json", ["Content-Type"] = "application/json", ["Authorization"] = auth }, body)
end
