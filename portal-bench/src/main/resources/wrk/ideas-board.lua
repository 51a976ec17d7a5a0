-- GET /api/v1/ideas?sort=TOP anonymous: the board's first page, most voted first, with its total.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function request()
  return wrk.format("GET", "/api/v1/ideas?sort=TOP&max=20", { ["Accept"] = "application/json" })
end
