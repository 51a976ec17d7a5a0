-- GET /api/v1/me with a personal API token: the authenticated read every signed-in client makes.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/me"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. env("BENCH_CUSTOMER_TOKEN")
