-- GET /api/v1/bids/products/{id}/demand as the admin (API token): the demand curve, revenue-maximising price and
-- shares of one product, computed from all its open and accepted bids, for a random product that has bids.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local products = split(env("BENCH_PRODUCT_IDS"))
local auth = "Bearer " .. env("BENCH_ADMIN_TOKEN")

function request()
  local product = products[math.random(#products)]
  return wrk.format("GET", "/api/v1/bids/products/" .. product .. "/demand",
    { ["Accept"] = "application/json", ["Authorization"] = auth })
end
