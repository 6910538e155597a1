#!/usr/bin/env bash
# Runs the bounded load (tools/load.py: 20 coordinators, 60 s) against the Release build of the host on 127.0.0.1,
# kills the host with -9 halfway, restarts it, and checks that every acknowledged admission is in the bank.
# Usage: tools/run-load.sh sqlite|postgres   (KILL_AT=0 runs without the kill)   (postgres: MENTORSHIP_TEST_POSTGRES names a server whose user may
# create databases). Build first: dotnet build samples/Mentorship.WebHost -c Release.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../bin/Release/net10.0"
provider=${1:?usage: run-load.sh sqlite|postgres}
port=${PORT:-5199}
password="load-test-passphrase-$$"
work=$(mktemp -d)
trap 'kill -9 $host 2>/dev/null || true; rm -rf "$work"' EXIT
case "$provider" in
  sqlite) db=(--Database:Provider=Sqlite "--ConnectionStrings:Mentorship=Data Source=$work/load.db") ;;
  postgres) base=${MENTORSHIP_TEST_POSTGRES:?set MENTORSHIP_TEST_POSTGRES}
            db=(--Database:Provider=PostgreSQL "--ConnectionStrings:Mentorship=${base/Database=postgres/Database=mentorship_load_$$}") ;;
  *) echo "sqlite or postgres" >&2; exit 2 ;;
esac
start() {
  (cd "$out" && exec dotnet Mentorship.WebHost.dll --urls "http://127.0.0.1:$port" "${db[@]}" --Demo:Seed=true \
     "--Demo:Password=$password" --Logging:LogLevel:Default=Warning >>"$work/host.log" 2>&1) &
  host=$!
  for _ in $(seq 1 120); do
    if python3 - "$port" <<'PY' 2>/dev/null; then return 0; fi
import http.client, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=2); c.request("GET", "/account/login"); sys.exit(0 if c.getresponse().status == 200 else 1)
PY
    sleep 1
  done
  echo "the host did not start" >&2; cat "$work/host.log" >&2; exit 1
}
start
python3 "$here/load.py" --base "http://127.0.0.1:$port" --password "$password" --clients 20 --seconds 60 --acked "$work/acked.txt" &
load=$!
kill_at=${KILL_AT:-30}
if [ "$kill_at" -gt 0 ]; then
  sleep "$kill_at"
  kill -9 "$host"; wait "$host" 2>/dev/null || true; echo "host killed with -9 at $kill_at s" >&2
  start
fi
set +e
wait "$load"; status=$?
python3 "$here/load.py" --base "http://127.0.0.1:$port" --password "$password" --acked "$work/acked.txt" --verify; verified=$?
set -e
if [ "$provider" = postgres ]; then echo "(the database mentorship_load_$$ is left on the server; drop it when done)" >&2; fi
exit $(( status || verified ))
