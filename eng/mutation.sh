#!/usr/bin/env bash
# Mutation testing of rooms of the core with Stryker.NET (the local tool in dotnet-tools.json; settings in
# tests/Mentorship.Domain.Tests/stryker-config.json): mutates src/Mentorship.Domain/FOLDER/** only, runs the
# tests of tests/Mentorship.Domain.Tests that cover each mutant, writes the HTML and JSON reports under
# artifacts/mutation/NAME/ (git-ignored), prints each surviving mutant and the score of each room, and exits 1
# when a room scores below the bar (85 %, or MUTATION_BREAK). Slow by nature (a quarter of an hour of building
# and a first test run, then minutes to an hour a room on two cores): not part of CI.
#
#   eng/mutation.sh Calendar                   one room (a folder of src/Mentorship.Domain)
#   eng/mutation.sh Banks/Rules                a sub-folder
#   eng/mutation.sh Calendar People Common     several rooms in one run (one build, one first test run)
#   MUTATION_CONCURRENCY=1 eng/mutation.sh X   test runners in parallel (default 2)
#   MUTATION_BREAK=0 eng/mutation.sh X         report only, never fail
#   MUTATION_FILTER='FullyQualifiedName~Banks' eng/mutation.sh Banks   run only these tests (faster, lower score)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ $# -lt 1 ]; then
  echo "usage: eng/mutation.sh FOLDER [FOLDER...]   (folders of src/Mentorship.Domain, e.g. Calendar)" >&2
  exit 2
fi
rooms=()
for arg in "$@"; do
  room=${arg%/}
  if [ -z "$room" ] || [ ! -d "src/Mentorship.Domain/$room" ]; then
    echo "no folder src/Mentorship.Domain/$room; the rooms are: $(cd src/Mentorship.Domain && ls -d */ | grep -v PublicAPI | tr -d / | tr '\n' ' ')" >&2
    exit 2
  fi
  rooms+=("$room")
done
bar=${MUTATION_BREAK:-85}

name=$(IFS=+; echo "${rooms[*]}" | tr / -)
out="$root/artifacts/mutation/$name"
rm -rf "$out" && mkdir -p "$out"
dotnet tool restore >/dev/null

args=(--concurrency "${MUTATION_CONCURRENCY:-2}" --output "$out" --skip-version-check)
for room in "${rooms[@]}"; do args+=(--mutate "**/src/Mentorship.Domain/$room/**/*.cs"); done
[ -n "${MUTATION_FILTER:-}" ] && args+=(--test-case-filter "$MUTATION_FILTER")

echo "mutation testing ${rooms[*]}: log in $out/stryker.log"
set +e
(cd tests/Mentorship.Domain.Tests && dotnet dotnet-stryker "${args[@]}") > "$out/stryker.log" 2>&1
code=$?
set -e

report=$(find "$out" -name mutation-report.json | head -n 1)
if [ "$code" -ne 0 ] || [ -z "$report" ]; then
  tail -n 40 "$out/stryker.log" >&2
  echo "Stryker did not finish (exit $code); its log: $out/stryker.log" >&2
  exit 1
fi

# Score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and
# ignored mutants are left out. Each room is scored on its own.
status=0
for room in "${rooms[@]}"; do
  jq -r --arg room "$room" --arg root "$root/" --argjson bar "$bar" '
    [.files | to_entries[] | .key as $f | ($f | ltrimstr($root)) as $rel
     | select($rel | startswith("src/Mentorship.Domain/\($room)/"))
     | .value.mutants[] | . + {file: $rel}] as $m
    | ($m | map(select(.status == "Killed" or .status == "Timeout")) | length) as $k
    | ($m | map(select(.status == "Survived")) | length) as $s
    | ($m | map(select(.status == "NoCoverage")) | length) as $n
    | (if ($k+$s+$n) == 0 then null else ((10000 * $k / ($k+$s+$n) | round) / 100) end) as $score
    | (($m | map(select(.status == "Survived" or .status == "NoCoverage"))
        | sort_by(.file, .location.start.line)[]
        | "  \(.status) \(.file):\(.location.start.line) \(.mutatorName): \(.replacement // "" | gsub("\n"; " ") | .[0:80])"),
       "room \($room): \($k) killed, \($s) survived, \($n) without coverage; score \(if $score == null then "n/a" else "\($score) %" end)",
       (if $score != null and $score < $bar then "BELOW \($bar) %" else empty end))
  ' "$report" | tee "$out/summary-$(echo "$room" | tr / -).txt" | { out=$(cat); echo "$out"; ! grep -q '^BELOW' <<<"$out"; } || status=1
done
echo "report: ${report%.json}.html"
exit "$status"
