#!/usr/bin/env bash
# Benchmarks (called by ./portal bench, which picks the JDK). See the README, "Benchmarks".
#   bench.sh data [--db URL] [--customers N] [--staff N] [--seed S]   generated population into a database
#   bench.sh SCENARIO|all [--url URL] [--db URL] [--customers N] [--connections N] [--duration S]   wrk load
#   bench.sh campaign-close --db URL [--url URL] [--bids N] [--on product|idea]   closing a campaign over N committed bids
#   bench.sh startup                                                start-up time and memory (measure-startup.sh)
#   bench.sh jmh [--include REGEX] [--smoke]                        JMH micro-benchmarks
#   bench.sh kb-search [--articles N] [--db URL|none]               knowledge base search: Lucene and PostgreSQL
#   bench.sh compare BEFORE.json AFTER.json | list
# Without --url a scenario runs against a portal of its own on port base 9300 (http 9380, admin 9348;
# PORTAL_BENCH_PORT_BASE moves it), on
# --db (a PostgreSQL URL whose schema the portal migrates) or a fresh embedded H2 database, filled with
# --customers generated customers (default 10000) first. data without --db does the same and stops the server.
# Results: target/bench/<benchmark>-<timestamp>.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/bench"
port_base="${PORTAL_BENCH_PORT_BASE:-9300}"
http="http://127.0.0.1:$((port_base + 80))"

cmd="${1:-}"
[ $# -gt 0 ] && shift
url="" db="" db_user="" db_password="" customers=10000
passthrough=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --db-user) db_user="$2"; shift 2 ;;
    --db-password) db_password="$2"; shift 2 ;;
    --customers) customers="$2"; shift 2 ;;
    *) passthrough+=("$1"); shift ;;
  esac
done

build() {
  (cd "$root" && ./mvnw -q -B -DskipTests package -pl "$1" -am)
}
bench() {
  (cd "$root" && "$JAVA_HOME/bin/java" -cp "portal-bench/target/classes:$(cat portal-bench/target/classpath.txt)" \
    org.example.portal.bench.Bench "$@")
}

server="$work/server"
asadmin="$server/payara7/bin/asadmin"
stop_server() { "$asadmin" --port $((port_base + 48)) stop-domain domain1 >/dev/null 2>&1 || true; }

# A portal of its own on port base 9300, on $db or a fresh H2 database that the generator can open while the
# server runs (AUTO_SERVER).
start_server() {
  build portal-ear,portal-bench
  mkdir -p "$server"
  PAYARA_FRESH_DOMAIN=1 "$root/scripts/prepare-payara.sh" "$server" "$port_base"
  rm -rf "$server/data"
  mkdir -p "$server/data"
  export PORTAL_DATA_DIR="$server/data" PORTAL_BASE_URL="$http" PORTAL_DEMO_DATA=false
  export PORTAL_ADMIN_EMAIL=admin@localhost PORTAL_ADMIN_PASSWORD="bench-$RANDOM-$RANDOM-$RANDOM"
  # The write scenarios send everything as one customer; the per-customer hourly limit on new ideas would stop them.
  export PORTAL_IDEAS_PER_HOUR=100000000
  if [ -n "$db" ]; then
    export PORTAL_DB_URL="$db" PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
    export PORTAL_DB_USER="${db_user:-postgres}" PORTAL_DB_PASSWORD="${db_password:-postgres}"
  else
    export PORTAL_DB_URL="jdbc:h2:file:$server/data/db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
    export PORTAL_DB_CLASS=org.h2.jdbcx.JdbcDataSource PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
  fi
  trap stop_server EXIT
  echo "Starting a portal for the benchmark on $http ($PORTAL_DB_URL)"
  "$asadmin" --port $((port_base + 48)) start-domain domain1 >/dev/null
  "$asadmin" --port $((port_base + 48)) deploy --name portal "$root/portal-ear/target/portal.ear" >/dev/null
  "$root/scripts/wait-for-portal.sh" "$http" "$server/payara7/glassfish/domains/domain1/logs/server.log"
  # Load must not race the start-up reconciliation that fills the search indexes and the inbox from the database.
  for _ in $(seq 1 1800); do
    curl -fs "$http/api/v1/health" | grep -q '"startup":"READY"' && break
    sleep 1
  done
}

generate() {
  bench data --db-url "$PORTAL_DB_URL" --db-user "$PORTAL_DB_USER" --db-password "$PORTAL_DB_PASSWORD" \
    --customers "$customers" "$@"
}

case "$cmd" in
  data)
    if [ -n "$db" ] && [ -n "$url" ]; then
      # A portal already runs on that database: fill it without starting another.
      build portal-bench
      PORTAL_DB_URL="$db" PORTAL_DB_USER="${db_user:-postgres}" PORTAL_DB_PASSWORD="${db_password:-}" \
        generate "${passthrough[@]}"
    else
      start_server
      generate "${passthrough[@]}"
    fi
    ;;
  campaign-close)
    # On PostgreSQL only: the figure that matters is the production database's.
    case "$db" in
      jdbc:postgresql:*) ;;
      *) echo "campaign-close needs --db jdbc:postgresql://HOST:PORT/DATABASE (a database of its own)" >&2; exit 2 ;;
    esac
    if [ -z "$url" ]; then
      start_server
      # One generated customer per committed bid; a --db that a former run filled is used as it is.
      generate --if-empty
      url="$http"
    else
      build portal-bench
    fi
    bench campaign-close --url "$url" --db-url "$db" --db-user "${db_user:-postgres}" --db-password "${db_password:-postgres}" \
      "${passthrough[@]}"
    ;;
  startup)
    "$root/scripts/measure-startup.sh"
    build portal-bench
    bench startup "$root/target/measure/startup.json"
    ;;
  jmh)
    build portal-bench
    bench jmh "${passthrough[@]}"
    ;;
  kb-search)
    # No portal needed: the index on disk and PostgreSQL are driven directly (see the README).
    build portal-bench
    bench kb-search --db-url "${db:-jdbc:postgresql://127.0.0.1:5432/test}" --db-user "${db_user:-postgres}" \
      --db-password "${db_password:-}" "${passthrough[@]}"
    ;;
  compare | list)
    build portal-bench
    bench "$cmd" "${passthrough[@]}"
    ;;
  "")
    echo "usage: ./portal bench data|startup|jmh|campaign-close|kb-search|compare|list|SCENARIO|all [options] (see the README, Benchmarks)" >&2
    exit 2
    ;;
  *)
    if [ -z "$url" ]; then
      start_server
      # A --db that a former run filled is used as it is.
      [ "$customers" -gt 0 ] && generate --if-empty
      url="$http"
    else
      build portal-bench
    fi
    bench load "$cmd" --url "$url" "${passthrough[@]}"
    ;;
esac
