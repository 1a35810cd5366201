#!/usr/bin/env bash
# `bash bench/startTimes.sh`: cold start (fresh clone, empty npm cache, empty Maven repository)
# and warm start, each timed to the first GraphQL answer, on ports of their own. Leaves no
# process behind.
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'pkill -f "$work/main/server/src/cli/start.ts" 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/main"
[ -d "$repo/../shared" ] && cp -r "$repo/../shared" "$work/shared"
cd "$work/main"
export MAVEN_OPTS="-Dmaven.repo.local=$work/m2" LOCAL_NEO4J_BOLT_PORT=7697 PORT=4017
answer() { curl -s -m 2 localhost:4017/graphql -H 'content-type: application/json' -d '{"query":"{ search(text: \"athens\") { id } }"}' | grep -q athens; }
now() { date +%s.%N; }

# Starts the app, waits for its first GraphQL answer, then stops it; $1: log file name.
start_until_answer() {
  node --import tsx server/src/cli/start.ts > "$work/$1" 2>&1 &
  local pid=$!
  until answer; do sleep 0.2; done
  answered=$(now)
  kill -TERM $pid; wait $pid || true
}

t0=$(now)
npm install --cache "$work/npm-cache" --no-audit --no-fund > "$work/install.log" 2>&1
t1=$(now)
start_until_answer start1.log
t2=$answered
t3=$(now)
start_until_answer start2.log
t4=$answered
printf 'npm install: %.1f s\nfirst start to first GraphQL answer: %.1f s\ncold total (clone to first answer): %.1f s\nwarm start to first GraphQL answer: %.1f s\n' \
  "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$(echo "$t2 - $t0" | bc)" "$(echo "$t4 - $t3" | bc)"
