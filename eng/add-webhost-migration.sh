#!/usr/bin/env bash
# Adds a migration to the web host for both providers (SQLite and PostgreSQL) after a change of its EF Core model.
# Usage: eng/add-webhost-migration.sh AddPairing
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: eng/add-webhost-migration.sh MigrationName}
project=samples/Mentorship.WebHost
dotnet tool restore >/dev/null
dotnet build "$project" -c Debug >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project "$project" --context "${provider}MentorshipDbContext" \
    --output-dir "Storage/Migrations/$provider" --namespace "Mentorship.WebHost.Storage.Migrations.$provider"
  # With --namespace, EF writes the model snapshot under a folder named after the namespace: move it home.
  stray="$project/Mentorship/WebHost/Storage/Migrations/$provider"
  if [ -d "$stray" ]; then mv "$stray"/*.cs "$project/Storage/Migrations/$provider/"; fi
done
rm -rf "$project/Mentorship"
echo "Added $name for SQLite and PostgreSQL; review Storage/Migrations/*."
