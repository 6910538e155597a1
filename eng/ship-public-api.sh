#!/usr/bin/env bash
# Moves every Unshipped public-API line into Shipped, for every target, when a release is cut
# (docs/releasing.md). Run it on the release commit, after eng/update-public-api.sh has left no diff.
#
#   eng/ship-public-api.sh [src/Project ...]     (default: every project under src/ with a PublicAPI.Shipped.txt)
#
# For each target: shipped = (common Shipped + target Shipped + Unshipped lines) less the `*REMOVED*` ones;
# then the lines every target ships go to PublicAPI.Shipped.txt, the rest to PublicAPI/<target>/, and every
# Unshipped file is left with its header only. No build is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C

if [ "$#" -gt 0 ]; then projects=("$@"); else
  mapfile -t projects < <(find src -mindepth 2 -maxdepth 2 -name PublicAPI.Shipped.txt -printf '%h\n' | sort)
fi

header='#nullable enable'
body() { [ -f "$1" ] && grep -v -e '^#nullable enable$' -e '^[[:space:]]*$' "$1" || true; }
write() { { echo "$header"; sort -u | grep -v '^$' || true; } > "$1"; }

for dir in "${projects[@]}"; do
  dir=${dir%/}
  work=$(mktemp -d)
  targets=$(find "$dir/PublicAPI" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort || true)
  [ -n "$targets" ] || targets=all
  for t in $targets; do
    { body "$dir/PublicAPI.Unshipped.txt"; body "$dir/PublicAPI/$t/PublicAPI.Unshipped.txt"; } | sort -u >"$work/unshipped"
    grep '^\*REMOVED\*' "$work/unshipped" | sed 's/^\*REMOVED\*//' | sort -u >"$work/removed" || true
    { body "$dir/PublicAPI.Shipped.txt"; body "$dir/PublicAPI/$t/PublicAPI.Shipped.txt"; grep -v '^\*REMOVED\*' "$work/unshipped" || true; } \
      | sort -u | comm -23 - "$work/removed" >"$work/shipped.$t"
  done
  first=1
  for t in $targets; do
    if [ $first -eq 1 ]; then cp "$work/shipped.$t" "$work/common"; first=0; else comm -12 "$work/common" "$work/shipped.$t" >"$work/c"; mv "$work/c" "$work/common"; fi
  done
  write "$dir/PublicAPI.Shipped.txt" <"$work/common"
  echo "$header" >"$dir/PublicAPI.Unshipped.txt"
  if [ "$targets" != all ]; then
    for t in $targets; do
      comm -23 "$work/shipped.$t" "$work/common" | write "$dir/PublicAPI/$t/PublicAPI.Shipped.txt"
      echo "$header" >"$dir/PublicAPI/$t/PublicAPI.Unshipped.txt"
    done
  fi
  echo "$dir: $(grep -vc '^#' "$dir/PublicAPI.Shipped.txt" || true) common shipped lines$(for t in $targets; do [ "$t" = all ] || printf ', %s: %s' "$t" "$(grep -vc '^#' "$dir/PublicAPI/$t/PublicAPI.Shipped.txt" || true)"; done)"
  rm -rf "$work"
done
