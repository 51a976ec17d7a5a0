#!/usr/bin/env bash
# Runs the portal in the foreground on http://localhost:8080/ (called by ./portal run, which picks the JDK).
# Builds the EAR, provisions Payara once under .portal/, deploys when the EAR changed, and stops the server
# cleanly on Ctrl+C. Data (embedded H2 database, search indexes) lives in $PORTAL_DATA_DIR (default ./data).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
demo=false
for arg in "$@"; do
  case "$arg" in
    --demo) demo=true ;;
    # -Dportal.db.url=... becomes PORTAL_DB_URL=...: the server reads its settings from the environment.
    -Dportal.*=*)
      key="${arg#-D}"; value="${key#*=}"; key="${key%%=*}"
      export "$(echo "$key" | tr '[:lower:].-' '[:upper:]__')=$value" ;;
    *) echo "Unknown option $arg" >&2; exit 2 ;;
  esac
done
[ "$demo" = true ] && export PORTAL_DEMO_DATA=true

export PORTAL_DATA_DIR="${PORTAL_DATA_DIR:-$root/data}"
mkdir -p "$PORTAL_DATA_DIR"
export PORTAL_DATA_DIR="$(cd "$PORTAL_DATA_DIR" && pwd)"
export PORTAL_DB_URL="${PORTAL_DB_URL:-jdbc:h2:file:$PORTAL_DATA_DIR/db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}"
case "$PORTAL_DB_URL" in
  jdbc:postgresql:*) export PORTAL_DB_CLASS="${PORTAL_DB_CLASS:-org.postgresql.ds.PGSimpleDataSource}" ;;
  jdbc:h2:*) export PORTAL_DB_CLASS="${PORTAL_DB_CLASS:-org.h2.jdbcx.JdbcDataSource}" ;;
esac

# The first admin: from the environment, or a generated password shown once and kept in the data folder.
credentials="$PORTAL_DATA_DIR/first-admin.txt"
if [ -z "${PORTAL_ADMIN_EMAIL:-}" ] && [ -z "${PORTAL_ADMIN_PASSWORD:-}" ]; then
  if [ ! -f "$credentials" ]; then
    umask 077
    printf 'PORTAL_ADMIN_EMAIL=admin@localhost\nPORTAL_ADMIN_PASSWORD=%s\n' \
      "$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)" > "$credentials"
    echo "First admin: $(cat "$credentials" | tr '\n' ' ') (kept in $credentials)"
  fi
  set -a; . "$credentials"; set +a
fi

echo "Building the portal..."
(cd "$root" && ./mvnw -q -B -DskipTests package -pl portal-ear -am)
ear="$root/portal-ear/target/portal.ear"

server_home="$root/.portal"
"$root/scripts/prepare-payara.sh" "$server_home"
asadmin="$server_home/payara7/bin/asadmin"
log="$server_home/payara7/glassfish/domains/domain1/logs/server.log"

stop() {
  echo
  echo "Stopping the portal..."
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  [ -n "${tail_pid:-}" ] && kill "$tail_pid" 2>/dev/null || true
  exit 0
}
trap stop INT TERM

"$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
started=$(date +%s%N)
"$asadmin" start-domain domain1 >/dev/null
# Redeploy only when the EAR changed since the last run; otherwise Payara starts the deployed copy.
checksum="$(sha256sum "$ear" | cut -d' ' -f1)"
if [ "$(cat "$server_home/deployed.sha256" 2>/dev/null)" != "$checksum" ] \
    || ! "$asadmin" list-applications 2>/dev/null | grep -q '^portal '; then
  echo "Deploying $ear..."
  # A deployment left half-done (e.g. the server was killed while deploying) is removed and done again.
  if ! "$asadmin" deploy --force=true --name portal "$ear" \
      && ! { "$asadmin" undeploy portal >/dev/null 2>&1; "$asadmin" deploy --name portal "$ear"; }; then
    echo "Deployment failed; see $log" >&2
    "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
    exit 1
  fi
  echo "$checksum" > "$server_home/deployed.sha256"
fi
for _ in $(seq 1 360); do
  curl -fs -o /dev/null http://localhost:8080/api/v1/health && break
  sleep 0.5
done
if ! curl -fs -o /dev/null http://localhost:8080/api/v1/health; then
  echo "The portal did not answer within 3 minutes; see $log" >&2
  stop
fi
echo "Portal ready at http://localhost:8080/ after $(( ($(date +%s%N) - started) / 1000000 )) ms (Ctrl+C stops it)."
[ "${PORTAL_DEMO_DATA:-false}" = true ] && echo "Demo accounts are listed in $log."
tail -n 0 -F "$log" &
tail_pid=$!
wait "$tail_pid"
