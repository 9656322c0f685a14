#!/usr/bin/env bash
# History import into a running Shelfwise stack (issue 10), run as `./shelfwise import ...` or directly:
#
#   import.sh orders FILE.csv --platform P --format shopify|woocommerce|shelfwise [--timezone ZONE] [options]
#   import.sh catalog FILE.csv [--platform P] [options]
#   import.sh bench [--rows 1000000]      # the import benchmark: bench/results/import.json
#   import.sh tpcds [--scale 1]           # the TPC-DS web channel (catalog, inventory, orders, refunds, promotion)
#
# Options: --token T (or SHELFWISE_IMPORT_TOKEN; default the local demo-token), --url URL (or SHELFWISE_INGEST_URL;
# default the stack's order-ingest), --rows-per-request N, --concurrency N, --from-line N, --rejects FILE.
# Exit status: 0 everything imported, 2 some rows rejected (listed in FILE.csv.rejects.csv), 1 failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHELFWISE_HOME="${SHELFWISE_HOME:-$ROOT/.shelfwise}"
LIB="$SHELFWISE_HOME/lib"
INGEST_URL="${SHELFWISE_INGEST_URL:-http://127.0.0.1:${SHELFWISE_INGEST_PORT:-8081}}"
MATRIX_URL="${SHELFWISE_MATRIX_URL:-http://127.0.0.1:${SHELFWISE_MATRIX_PORT:-8083}}"
METRICS_URL="${SHELFWISE_METRICS_URL:-http://127.0.0.1:${SHELFWISE_METRICS_PORT:-8082}}"
IMPORTS_CLASS=dev/shelfwise/stack/tpcds/TpcdsImport.class # the newest tool: older copies lack it

fail() { printf 'import: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '4,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

classpath() { # the stack's copied jars (as ./shelfwise uses them), or the build's when they predate the import tool
  if [[ -f "$LIB/classes/$IMPORTS_CLASS" ]]; then
    echo "$LIB/*:$LIB/classes"
    return
  fi
  if [[ ! -f "$ROOT/local-stack/target/classes/$IMPORTS_CLASS" || ! -d "$ROOT/local-stack/target/lib" ]]; then
    printf 'building the stack tools (mvn -pl local-stack package)...\n' >&2
    (cd "$ROOT" && mvn -B -q -pl local-stack package -DskipTests >&2) || fail "could not build local-stack"
  fi
  echo "$ROOT/local-stack/target/lib/*:$ROOT/local-stack/target/classes"
}

case "${1:-}" in
  orders | catalog)
    [[ $# -ge 2 ]] || { usage >&2; fail "name the CSV file to import"; }
    curl -fsS -o /dev/null "$INGEST_URL/q/health/ready" 2>/dev/null \
      || fail "order-ingest is not ready at $INGEST_URL: run './shelfwise up' first (or set SHELFWISE_INGEST_URL)"
    kind="$1" file="$2"
    shift 2
    # the stack's URL first: a --url given on the command line comes later and wins
    exec java -cp "$(classpath)" dev.shelfwise.stack.imports.CsvImport "$kind" "$file" --url "$INGEST_URL" "$@"
    ;;
  bench)
    shift
    curl -fsS -o /dev/null "$INGEST_URL/q/health/ready" 2>/dev/null \
      || fail "order-ingest is not ready at $INGEST_URL: run './shelfwise up' first"
    cpu_of="" # the stack's processes whose CPU time the benchmark reports
    for name in order-ingest kafka metrics-service; do
      [[ -f "$SHELFWISE_HOME/run/$name.pid" ]] && cpu_of+="${cpu_of:+,}$name=$(cat "$SHELFWISE_HOME/run/$name.pid")"
    done
    exec java -Xmx1g -cp "$(classpath)" dev.shelfwise.stack.imports.ImportBenchmark --out "$ROOT/bench/results" \
      --work "$ROOT/bench/results/work" --url "$INGEST_URL" --cpu-of "$cpu_of" "$@"
    ;;
  tpcds)
    shift
    for url in "$INGEST_URL" "$MATRIX_URL"; do
      curl -fsS -o /dev/null "$url/q/health/ready" 2>/dev/null \
        || fail "the stack is not up: no ready service at $url. Run './shelfwise up' first (or set SHELFWISE_INGEST_URL / SHELFWISE_MATRIX_URL)"
    done
    exec java -Xmx512m -cp "$(classpath)" dev.shelfwise.stack.tpcds.TpcdsImport --url "$INGEST_URL" --matrix-url "$MATRIX_URL" \
      --metrics-url "$METRICS_URL" "$@"
    ;;
  help | -h | --help) usage ;;
  *) usage >&2; fail "import what? orders, catalog, tpcds or bench" ;;
esac
