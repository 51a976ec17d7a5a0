-- GET /api/v1/triage/customers/{id}/story as the admin (API token): everything one customer did, in time order:
-- 150 ideas and 150 tickets from the inbox and 700 votes from the ideas feature, 1,000 interactions in all.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local customer = env("BENCH_STORY_CUSTOMER_ID")
local auth = "Bearer " .. env("BENCH_ADMIN_TOKEN")

function request()
  return wrk.format("GET", "/api/v1/triage/customers/" .. customer .. "/story",
    { ["Accept"] = "application/json", ["Authorization"] = auth })
end
