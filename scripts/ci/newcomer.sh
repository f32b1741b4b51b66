#!/usr/bin/env bash
# The newcomer path in CI: `npm run dev` with no DATABASE_URL starts the
# embedded PostgreSQL, migrates, seeds, and serves the seeded meeting page to
# a steering-group member; stopping it leaves no database server running.
set -uo pipefail
cd "$(dirname "$0")/../.."
port=${NEWCOMER_PORT:-3000}
log=$(mktemp)
rm -rf .data/postgres
setsid env -u DATABASE_URL npm run dev -- -p "$port" >"$log" 2>&1 &
pid=$!
fail() { echo "FAIL: $*"; tail -40 "$log"; kill -INT -- -"$pid" 2>/dev/null; exit 1; }
for _ in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/")" = "200" ] && break
  kill -0 "$pid" 2>/dev/null || fail "npm run dev exited"
  sleep 1
done
base="http://localhost:$port"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health")" = "200" ] || fail "/api/health"
jar=$(mktemp)
demo=$(curl -s "$base/kirjaudu/demo")
# The steering-group demo user's row of the demo sign-in table.
hanna=$(printf '%s' "$demo" | sed 's/<tr/\n<tr/g' | grep 'hanna@jkl.fi' | grep -o 'name="userId" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$hanna" ] || fail "the steering-group demo user is not listed"
curl -s -o /dev/null -c "$jar" -H "Origin: $base" -X POST -d "userId=$hanna" "$base/api/auth/demo"
meeting=$(curl -s -b "$jar" "$base/kokoukset" | grep -o 'href="/kokoukset/[0-9a-f-]\{36\}"' | head -1 | sed 's/href="//; s/"$//')
[ -n "$meeting" ] || fail "no meeting listed for a steering-group member"
page=$(curl -s -b "$jar" "$base$meeting")
# A pattern match, not `printf | grep -q`: under pipefail grep's early exit
# fails printf with SIGPIPE on a page this size, now and then.
[[ $page == *Kuulumiskierros* ]] || fail "meeting page lacks the news round"
echo "meeting page $meeting served with its agenda and news round"
kill -INT -- -"$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if [ -f .data/postgres/postmaster.pid ] && kill -0 "$(head -1 .data/postgres/postmaster.pid)" 2>/dev/null; then
  fail "PostgreSQL still running after npm run dev stopped"
fi
echo "OK: newcomer path"
