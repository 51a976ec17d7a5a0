-- GET /api/v1/me with HTTP Basic: the same read as me-token, plus a PBKDF2 password check on every request.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/me"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. base64(env("BENCH_CUSTOMER_EMAIL") .. ":" .. env("BENCH_CUSTOMER_PASSWORD"))
