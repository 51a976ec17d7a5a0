-- Anonymous catalog reads: the list of areas, then the products of a random area, in turn.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local areas = split(env("BENCH_AREA_IDS"))
local n = 0

function request()
  n = n + 1
  if n % 2 == 1 then
    return wrk.format("GET", "/api/v1/catalog/areas", { ["Accept"] = "application/json" })
  end
  local area = areas[math.random(#areas)]
  return wrk.format("GET", "/api/v1/catalog/products?areaId=" .. area, { ["Accept"] = "application/json" })
end
