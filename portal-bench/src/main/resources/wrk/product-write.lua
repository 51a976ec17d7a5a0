-- POST /api/v1/catalog/products as the admin (API token): validation, a transaction and an insert per request.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local areas = split(env("BENCH_AREA_IDS"))
local token = env("BENCH_ADMIN_TOKEN")
local run = env("BENCH_RUN")
local n = 0

function request()
  n = n + 1
  local body = string.format(
    '{"areaId":%s,"name":"Load product %s-%d-%d","description":"Written by the product-write scenario",' ..
    '"currency":"USD","listPrice":%d.99,"active":true}',
    areas[math.random(#areas)], run, id, n, math.random(5, 500))
  return wrk.format("POST", "/api/v1/catalog/products", {
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }, body)
end
