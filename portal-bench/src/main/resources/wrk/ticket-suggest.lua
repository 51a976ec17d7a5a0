-- GET /api/v1/tickets/suggestions?q=, anonymous: what a customer sees while typing a ticket's subject, help
-- articles from the search index and similar public ideas.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local typed = { "order", "invoice", "sign in", "damaged", "return an item", "discount code", "delivery address", "printer", "charged twice", "missing part" }

function request()
  local q = typed[math.random(#typed)]:gsub(" ", "+")
  return wrk.format("GET", "/api/v1/tickets/suggestions?q=" .. q, { ["Accept"] = "application/json" })
end
