-- GET /api/v1/health: JAX-RS, the access rule and one database round trip, no authentication.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/health"
wrk.headers["Accept"] = "application/json"
