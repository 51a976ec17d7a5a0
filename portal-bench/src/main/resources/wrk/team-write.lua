-- POST /api/v1/teams as the admin (API token): a new team covering one area per request. Updating one shared
-- team instead would measure optimistic-lock conflicts, not writes.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

admin_posts("/api/v1/teams", function(unique, area)
  return string.format('{"name":"Load team %s","kind":"PRODUCT","areaIds":[%s],"memberIds":[]}', unique, area)
end)
