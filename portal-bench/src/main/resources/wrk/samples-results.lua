-- GET /api/v1/samples/programs/{id}/results as the admin (API token): response rate, overdue count, averages and
-- answer distributions of one sample program, aggregated by the database over all its requests and responses.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local programs = split(env("BENCH_PROGRAM_IDS"))
local auth = "Bearer " .. env("BENCH_ADMIN_TOKEN")

function request()
  local program = programs[math.random(#programs)]
  return wrk.format("GET", "/api/v1/samples/programs/" .. program .. "/results",
    { ["Accept"] = "application/json", ["Authorization"] = auth })
end
