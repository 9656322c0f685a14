#!/usr/bin/env bash
# Tests of the ./shelfwise script itself: up twice, status, down twice, reset without --yes, a port already
# taken, and an external PostgreSQL (the machine's Debian server) by URL. Runs on its own ports and home, so it
# disturbs neither a developer's running stack nor the shared test broker. Prints "N passed, N failed".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPT="$ROOT/shelfwise"
export SHELFWISE_HOME="$ROOT/.shelfwise/stack-test"
export SHELFWISE_KAFKA_PORT=29092 SHELFWISE_KAFKA_CONTROLLER_PORT=29093 SHELFWISE_PG_PORT=26432
export SHELFWISE_INGEST_PORT=18081 SHELFWISE_METRICS_PORT=18082 SHELFWISE_MATRIX_PORT=18083 SHELFWISE_CLEARANCE_PORT=18084
export SHELFWISE_DASHBOARD_PORT=18080
unset SHELFWISE_DB_URL SHELFWISE_DB_USER SHELFWISE_DB_PASSWORD
OUT="$SHELFWISE_HOME-output"
passed=0
failed=0
blocker_pid=""

cleanup() {
  [[ -n "$blocker_pid" ]] && kill "$blocker_pid" 2>/dev/null
  "$SCRIPT" down >/dev/null 2>&1
}
trap cleanup EXIT

check() { # name, then a command that must succeed
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "PASS $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
    [[ -f "$OUT" ]] && sed 's/^/     | /' "$OUT" | tail -n 15
  fi
}

run() { "$SCRIPT" "$@" >"$OUT" 2>&1; }
output_has() { grep -q -- "$1" "$OUT"; }
all_ready() {
  local service_port
  for service_port in 18080 18081 18082 18083 18084; do
    curl -fsS -o /dev/null "http://127.0.0.1:$service_port/q/health/ready" || return 1
  done
}
order_accepted() {
  local id="STACK-$RANDOM$RANDOM"
  curl -fsS -o "$OUT" -w '%{http_code}' -H 'Authorization: Bearer demo-token' -H 'Content-Type: application/json' \
    -d "[{\"orderId\":\"$id\",\"customerId\":\"C-1\",\"placedAt\":\"2026-04-03T10:15:00+08:00\",\"currency\":\"USD\",
         \"lines\":[{\"sku\":\"BK-1\",\"category\":\"books\",\"quantity\":1,\"unitPrice\":\"9.90\"}]}]" \
    "http://127.0.0.1:18081/v1/orders" | grep -q '^202$'
}
pids() { cat "$SHELFWISE_HOME"/run/*.pid 2>/dev/null | sort | tr '\n' ' '; }

# A listening port inside the kernel's ephemeral range can be taken at any moment by some client's outgoing
# connection (a CI run failed so: PostgreSQL "Address already in use" on 45732), so no default may lie there.
default_ports_outside_ephemeral_range() {
  local low high port bad=""
  read -r low high </proc/sys/net/ipv4/ip_local_port_range
  for port in $(grep -oE '(PORT|PORT_BASE):-[0-9]+' "$SCRIPT" | grep -oE '[0-9]+$') \
              $(grep -ohE 'PORT=[0-9]+' "${BASH_SOURCE[0]}" | grep -oE '[0-9]+$'); do
    ((port < low || port > high)) || bad="$bad $port"
  done
  [[ -z "$bad" ]] || { echo "default ports in the ephemeral range $low-$high:$bad" >"$OUT"; return 1; }
}

rm -rf "$SHELFWISE_HOME"

check "default ports lie outside the ephemeral port range" default_ports_outside_ephemeral_range
check "down when nothing runs succeeds" run down
check "  ... and says nothing was running" output_has "nothing was running"
check "reset refuses without --yes" bash -c "! '$SCRIPT' reset >'$OUT' 2>&1"
check "  ... and says how to confirm" output_has "reset --yes"

# a port already taken by someone else: a clear message, and nothing started
python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1",18082)); s.listen(); time.sleep(120)' &
blocker_pid=$!
sleep 0.5
check "up refuses when a port is taken" bash -c "! '$SCRIPT' up >'$OUT' 2>&1"
check "  ... naming the port and the variable that moves it" bash -c "grep -q 'port 18082' '$OUT' && grep -q SHELFWISE_METRICS_PORT '$OUT'"
check "  ... having started nothing" bash -c "[[ -z \"\$(cat '$SHELFWISE_HOME'/run/*.pid 2>/dev/null)\" ]] || ! '$SCRIPT' status >/dev/null 2>&1"
kill "$blocker_pid" 2>/dev/null; wait "$blocker_pid" 2>/dev/null; blocker_pid=""

check "up starts broker, database, four services and the dashboard" run up
check "  ... all five answer /q/health/ready" all_ready
check "  ... and an order posted to ingest gets 202" order_accepted
before="$(pids)"
check "up when already up succeeds" run up
check "  ... says already running" output_has "already running"
check "  ... and starts nothing new" test "$before" = "$(pids)"
check "status reports every service ready" bash -c "'$SCRIPT' status >'$OUT' 2>&1 && [[ \$(grep -c 'ready on' '$OUT') == 5 ]]"
check "down stops everything" run down
check "  ... the ports are free again" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/18081) 2>/dev/null && ! (exec 3<>/dev/tcp/127.0.0.1/29092) 2>/dev/null"
check "down when already down succeeds" run down
check "status when down exits non-zero" bash -c "! '$SCRIPT' status >/dev/null 2>&1"
check "data survives a restart (databases kept in SHELFWISE_HOME)" test -f "$SHELFWISE_HOME/postgres/data/PG_VERSION"

# the machine's own PostgreSQL by URL (Debian's postgresql package; skipped honestly where it is absent)
if command -v pg_ctlcluster >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | grep -q .; then
  read -r version cluster pg_port status _ < <(pg_lsclusters -h | head -n 1)
  started_cluster=0
  if [[ "$status" != online* ]]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start && started_cluster=1
  fi
  runuser -u postgres -- psql -q -p "$pg_port" -c "DROP DATABASE IF EXISTS shelfwise_metrics" -c "DROP DATABASE IF EXISTS shelfwise_matrix" \
    -c "DROP DATABASE IF EXISTS shelfwise_clearance" >/dev/null 2>&1
  runuser -u postgres -- psql -q -p "$pg_port" -c "DROP ROLE IF EXISTS shelfwise_ci" \
    -c "CREATE ROLE shelfwise_ci LOGIN CREATEDB PASSWORD 'ci-secret'" >/dev/null
  export SHELFWISE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/" SHELFWISE_DB_USER=shelfwise_ci SHELFWISE_DB_PASSWORD=ci-secret
  check "up with SHELFWISE_DB_URL on the machine's PostgreSQL $version" run up
  check "  ... says it uses the external server" output_has "external server"
  check "  ... all five answer /q/health/ready" all_ready
  check "  ... the databases exist on that server" bash -c "runuser -u postgres -- psql -p $pg_port -Atc \"SELECT count(*) FROM pg_database WHERE datname LIKE 'shelfwise_%'\" | grep -q '^3$'"
  check "  ... no embedded PostgreSQL was started" test ! -f "$SHELFWISE_HOME/run/postgres.pid"
  check "down with the external server" run down
  check "up with a wrong password fails clearly" bash -c "SHELFWISE_DB_PASSWORD=wrong '$SCRIPT' up >'$OUT' 2>&1; [[ \$? != 0 ]] && grep -q 'cannot reach the PostgreSQL server' '$OUT'"
  "$SCRIPT" down >/dev/null 2>&1
  check "reset --yes drops the external databases" bash -c "'$SCRIPT' reset --yes >'$OUT' 2>&1 && runuser -u postgres -- psql -p $pg_port -Atc \"SELECT count(*) FROM pg_database WHERE datname LIKE 'shelfwise_%'\" | grep -q '^0$'"
  unset SHELFWISE_DB_URL SHELFWISE_DB_USER SHELFWISE_DB_PASSWORD
  runuser -u postgres -- psql -q -p "$pg_port" -c "DROP ROLE IF EXISTS shelfwise_ci" >/dev/null 2>&1
  [[ $started_cluster == 1 ]] && pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop
else
  echo "SKIP external PostgreSQL: no Debian PostgreSQL cluster on this machine (pg_lsclusters found none)"
fi

check "reset --yes deletes the local data" bash -c "'$SCRIPT' reset --yes >'$OUT' 2>&1 && [[ ! -d '$SHELFWISE_HOME/postgres' && ! -d '$SHELFWISE_HOME/kafka' ]]"

echo "stack: $passed passed, $failed failed"
[[ $failed == 0 ]]
