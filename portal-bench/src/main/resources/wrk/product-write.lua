-- POST /api/v1/catalog/products as the admin (API token): validation, a transaction and an insert per request.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

admin_posts("/api/v1/catalog/products", function(unique, area)
  return string.format(
    '{"areaId":%s,"name":"Load product %s","description":"Written by the product-write scenario",' ..
    '"currency":"USD","listPrice":%d.99,"active":true}', area, unique, math.random(5, 500))
end)
