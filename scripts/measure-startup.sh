#!/usr/bin/env bash
# Start-up figures of the portal (called by ./portal measure, which picks the JDK): builds the EAR (not
# timed), then on a server of its own under target/measure, ports 9380 (http) and 9348 (admin):
#   cold start: start the server and deploy onto an empty embedded database, until /api/v1/health answers
#   warm start: stop and start again with the application already deployed, until it answers
# and the server's resident memory after each start. Prints a table and writes target/measure/startup.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/measure"
port_base=9300
http="http://localhost:$((port_base + 80))"

(cd "$root" && ./mvnw -q -B -DskipTests package -pl portal-ear -am)
rm -rf "$work"
mkdir -p "$work"
"$root/scripts/prepare-payara.sh" "$work" "$port_base"
asadmin="$work/payara7/bin/asadmin"
admin=(--port $((port_base + 48)))

export PORTAL_DATA_DIR="$work/data" PORTAL_DB_CLASS=org.h2.jdbcx.JdbcDataSource
export PORTAL_DB_URL="jdbc:h2:file:$work/data/db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
export PORTAL_ADMIN_EMAIL=admin@localhost PORTAL_ADMIN_PASSWORD="measure-$RANDOM-$RANDOM"
export PORTAL_BASE_URL="$http"

millis() { echo $(( $(date +%s%N) / 1000000 )); }
wait_until_up() { "$root/scripts/wait-for-portal.sh" "$http"; }
server_rss_mb() {
  local pid
  pid="$(pgrep -f "$work/payara7/glassfish/modules/glassfish.jar" | head -n1)"
  echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
}
cleanup() { "$asadmin" "${admin[@]}" stop-domain domain1 >/dev/null 2>&1 || true; }
trap cleanup EXIT

t0=$(millis)
"$asadmin" "${admin[@]}" start-domain domain1 >/dev/null
"$asadmin" "${admin[@]}" deploy --name portal "$root/portal-ear/target/portal.ear" >/dev/null
wait_until_up
cold=$(( $(millis) - t0 ))
sleep 5
cold_rss=$(server_rss_mb)

"$asadmin" "${admin[@]}" stop-domain domain1 >/dev/null
t0=$(millis)
"$asadmin" "${admin[@]}" start-domain domain1 >/dev/null
wait_until_up
warm=$(( $(millis) - t0 ))
sleep 5
warm_rss=$(server_rss_mb)

printf '%-42s %10s\n' "figure" "value"
printf '%-42s %8s ms\n' "cold start (start + deploy, empty DB)" "$cold"
printf '%-42s %8s MB\n' "server RSS after cold start" "$cold_rss"
printf '%-42s %8s ms\n' "warm start (already deployed)" "$warm"
printf '%-42s %8s MB\n' "server RSS after warm start" "$warm_rss"
cat > "$work/startup.json" <<JSON
{"coldStartMillis": $cold, "coldRssMb": $cold_rss, "warmStartMillis": $warm, "warmRssMb": $warm_rss,
 "cores": $(nproc), "java": "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1 | sed 's/"/\\"/g')", "at": "$(date -u +%FT%TZ)"}
JSON
echo "Written to $work/startup.json"
