-- POST /api/v1/teams as the admin (API token): a new team covering one area per request. Updating one shared
-- team instead would measure optimistic-lock conflicts, not writes.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local areas = split(env("BENCH_AREA_IDS"))
local token = env("BENCH_ADMIN_TOKEN")
local run = env("BENCH_RUN")
local n = 0

function request()
  n = n + 1
  local body = string.format(
    '{"name":"Load team %s-%d-%d","kind":"PRODUCT","areaIds":[%s],"memberIds":[]}',
    run, id, n, areas[math.random(#areas)])
  return wrk.format("POST", "/api/v1/teams", {
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }, body)
end
