#!/usr/bin/env bash
# Brings src/Mentorship.Domain/PublicAPI.Unshipped.txt in line with the code: adds every symbol the
# public-API analyzer reports as undeclared (RS0016) and drops the ones it reports as gone (RS0017).
# Review the diff of the file afterwards: every line is a promise to the package's users.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/Mentorship.Domain/Mentorship.Domain.csproj
file=src/Mentorship.Domain/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build "$project" -c Debug -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true)
removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API)" "$log" | sort -u || true)
{
  echo '#nullable enable'
  {
    tail -n +2 "$file"
    if [ -n "$added" ]; then printf "%s\n" "$added"; fi
  } | grep -v '^$' | grep -vxF -f <(printf '%s\n' "$removed" | grep -v '^$' || echo '@@none@@') | LC_ALL=C sort -u
} >"$file.new"
mv "$file.new" "$file"
echo "public API: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$removed" | grep -c . || true) removed"
grep -E "error (CS|RS)[0-9]+" "$log" | grep -v -E "RS0016|RS0017" | sed 's/ \[.*//' | sort -u | head -30 || true
rm -f "$log"
