#!/usr/bin/env bash
# Brings the public-API files of a package in line with its code, for every target it builds.
#
#   eng/update-public-api.sh [src/Project ...]     (default: every project under src/ with a PublicAPI.Shipped.txt)
#
# Files: PublicAPI.{Shipped,Unshipped}.txt hold what every target exposes; PublicAPI/<target>/PublicAPI.*.txt
# what only that target does (records' Clone methods return the derived type on net10.0 and the base type on
# netstandard2.0). The analyzer reads the union for each target.
#
# For each target the script builds once, takes what the analyzer reports as undeclared (RS0016) or gone
# (RS0017), and works out the target's true surface. Then, against the Shipped files (never changed here):
#   - a symbol not shipped goes to Unshipped;
#   - a shipped symbol that is gone becomes a `*REMOVED*symbol` line in Unshipped (a breaking change: see
#     docs/releasing.md);
# and each Unshipped line goes to the common file when every target has it, else to the target's own file.
# Review the diff afterwards: every line is a promise to the package's users.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C

if [ "$#" -gt 0 ]; then projects=("$@"); else
  mapfile -t projects < <(find src -mindepth 2 -maxdepth 2 -name PublicAPI.Shipped.txt -printf '%h\n' | sort)
fi

header='#nullable enable'
# Lines of a file without the header and blank lines ("" when the file does not exist).
body() { [ -f "$1" ] && grep -v -e '^#nullable enable$' -e '^[[:space:]]*$' "$1" || true; }
write() { { echo "$header"; sort -u | grep -v '^$' || true; } > "$1"; }

for dir in "${projects[@]}"; do
  dir=${dir%/}
  csproj=$(ls "$dir"/*.csproj)
  targets=$(dotnet msbuild "$csproj" -getProperty:TargetFrameworks | tr ';' ' ')
  [ -n "$targets" ] || targets=$(dotnet msbuild "$csproj" -getProperty:TargetFramework)
  work=$(mktemp -d)
  for t in $targets; do
    mkdir -p "$dir/PublicAPI/$t"
    for kind in Shipped Unshipped; do [ -f "$dir/PublicAPI/$t/PublicAPI.$kind.txt" ] || echo "$header" > "$dir/PublicAPI/$t/PublicAPI.$kind.txt"; done
  done
  for t in $targets; do
    log="$work/$t.log"
    dotnet build "$csproj" -c Debug -f "$t" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
    grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u >"$work/added" || true
    grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API)" "$log" | sort -u >"$work/gone" || true
    { body "$dir/PublicAPI.Shipped.txt"; body "$dir/PublicAPI/$t/PublicAPI.Shipped.txt"; } | sort -u >"$work/shipped.$t"
    { body "$dir/PublicAPI.Unshipped.txt"; body "$dir/PublicAPI/$t/PublicAPI.Unshipped.txt"; } | sort -u >"$work/unshipped.$t"
    grep '^\*REMOVED\*' "$work/unshipped.$t" | sed 's/^\*REMOVED\*//' | sort -u >"$work/removed.$t" || true
    # The surface the target has now: what was declared, less what the analyzer says is gone, plus what it
    # says is missing.
    { cat "$work/shipped.$t"; grep -v '^\*REMOVED\*' "$work/unshipped.$t" || true; } | sort -u \
      | comm -23 - "$work/removed.$t" | comm -23 - "$work/gone" | cat - "$work/added" | sort -u >"$work/surface.$t"
    # What Unshipped must say for this target.
    { comm -13 "$work/shipped.$t" "$work/surface.$t"; comm -23 "$work/shipped.$t" "$work/surface.$t" | sed 's/^/*REMOVED*/'; } \
      | sort -u >"$work/want.$t"
    echo "$dir ($t): $(grep -c . "$work/added" || true) undeclared, $(grep -c . "$work/gone" || true) gone"
    grep -E "error (CS|RS)[0-9]+" "$log" | grep -v -E "RS0016|RS0017" | sed 's/ \[.*//' | sort -u | head -30 || true
  done
  # Lines every target wants are common; the rest belong to their target.
  first=1
  for t in $targets; do
    if [ $first -eq 1 ]; then cp "$work/want.$t" "$work/common"; first=0; else comm -12 "$work/common" "$work/want.$t" >"$work/common.new"; mv "$work/common.new" "$work/common"; fi
  done
  write "$dir/PublicAPI.Unshipped.txt" <"$work/common"
  for t in $targets; do
    comm -23 "$work/want.$t" "$work/common" | write "$dir/PublicAPI/$t/PublicAPI.Unshipped.txt"
  done
  rm -rf "$work"
done
git status --short -- 'src/*PublicAPI*' || true
