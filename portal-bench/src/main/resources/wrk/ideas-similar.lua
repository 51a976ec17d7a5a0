-- GET /api/v1/ideas/similar?title=... anonymous: what a customer sees while typing an idea's title. The titles are
-- made of the words the generated ideas use, typed partly, as people do.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local words = { "colours", "lighter", "bigger", "reorder", "refills", "warranty", "quieter", "packaging", "bundle",
  "travel", "mobile", "recycle", "chair", "table", "binder", "phone", "paper", "storage", "lamp", "desk" }

function request()
  local title = words[math.random(#words)] .. "+" .. words[math.random(#words)] .. "+" .. string.sub(words[math.random(#words)], 1, 4)
  return wrk.format("GET", "/api/v1/ideas/similar?title=" .. title, { ["Accept"] = "application/json" })
end
