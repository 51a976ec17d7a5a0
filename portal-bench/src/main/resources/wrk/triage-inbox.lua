-- GET /api/v1/triage/inbox?kind=…&areaId=… as the admin (API token): the first page of the staff inbox with two
-- filters (kind and a random product area), newest first, with its total.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local areas = split(env("BENCH_AREA_IDS"))
local kinds = { "idea", "bid" }
local auth = "Bearer " .. env("BENCH_ADMIN_TOKEN")

function request()
  local area = areas[math.random(#areas)]
  local kind = kinds[math.random(#kinds)]
  return wrk.format("GET", "/api/v1/triage/inbox?kind=" .. kind .. "&areaId=" .. area .. "&max=50",
    { ["Accept"] = "application/json", ["Authorization"] = auth })
end
