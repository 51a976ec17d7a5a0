-- POST /api/v1/bids as a customer (API token): validation, the product's terms, an insert with its history row,
-- and the submission event.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local products = split(env("BENCH_PRODUCT_IDS"))
local auth = "Bearer " .. env("BENCH_CUSTOMER_TOKEN")

function request()
  local product = products[math.random(#products)]
  local body = string.format('{"productId":%s,"unitPrice":%d.%02d,"quantity":%d,"requirements":"Placed by the bid-place scenario"}',
    product, math.random(5, 500), math.random(0, 99), math.random(1, 10))
  return wrk.format("POST", "/api/v1/bids",
    { ["Accept"] = "application/json", ["Content-Type"] = "application/json", ["Authorization"] = auth }, body)
end
