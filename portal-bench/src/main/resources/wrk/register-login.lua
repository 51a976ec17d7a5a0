-- A new customer registers (POST /api/v1/accounts), then signs in with the address and password just chosen
-- (GET /api/v1/me with HTTP Basic). Both steps hash or check a PBKDF2 password, so this is CPU-bound.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local run = unique_run()
local password = "load-password-1"
local registered = {}
local n = 0

function request()
  local email = table.remove(registered)
  if email then
    return wrk.format("GET", "/api/v1/me", {
      ["Accept"] = "application/json",
      ["Authorization"] = "Basic " .. base64(email .. ":" .. password),
    })
  end
  n = n + 1
  local body = string.format(
    '{"email":"load-%s-%d-%d@load.bench.example","displayName":"Load Customer %d","password":"%s","language":"en"}',
    run, id, n, n, password)
  return wrk.format("POST", "/api/v1/accounts", {
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
  }, body)
end

function on_response(status, headers, body)
  if status == 201 then
    local email = body:match('"email"%s*:%s*"([^"]+)"')
    if email then
      table.insert(registered, email)
    end
  end
end
