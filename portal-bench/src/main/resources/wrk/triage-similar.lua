-- GET /api/v1/triage/inbox/{id}/similar as the admin (API token): the items of any kind that read like one inbox
-- item (one "more like this" query of the inbox index) and the help articles on its subject, for a random item.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local items = split(env("BENCH_INBOX_ITEM_IDS"))
local auth = "Bearer " .. env("BENCH_ADMIN_TOKEN")

function request()
  local item = items[math.random(#items)]
  return wrk.format("GET", "/api/v1/triage/inbox/" .. item .. "/similar",
    { ["Accept"] = "application/json", ["Authorization"] = auth })
end
