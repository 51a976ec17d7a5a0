-- GET /api/v1/ideas?sort=TOP&first=1980 anonymous: page 100 of the board (20 ideas a page), with its total.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function request()
  return wrk.format("GET", "/api/v1/ideas?sort=TOP&first=1980&max=20", { ["Accept"] = "application/json" })
end
