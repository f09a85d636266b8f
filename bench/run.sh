#!/usr/bin/env bash
# Deadline-day benchmark against a running local platform (./platform.sh in another terminal).
#   bench/run.sh --scenario haiphong|national|steady [--concurrency 32] [--rate 10] [--indicators 60]
#   [--note "what else ran on the machine"]
#   bench/run.sh --scenario wide-round [--requests 200] [--readers 8] [--api-submits 5]: reads of one 3,321-unit round
# Results are printed and appended to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -pl bench compile
args=""
for arg in "$@"; do args+="'${arg//\'/}' "; done  # quoted for exec:java, so that --note may hold spaces
./mvnw -B -q -Pbench -pl bench exec:java -Dexec.args="$args" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
