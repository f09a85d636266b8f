#!/usr/bin/env bash
# Deadline-day benchmark against a running local platform (./platform.sh in another terminal).
#   bench/run.sh --scenario haiphong|national|steady [--concurrency 32] [--rate 10] [--indicators 60]
#   [--warmup 1000] [--note "what else ran on the machine"]
#   bench/run.sh --scenario wide-round [--requests 200] [--readers 8] [--api-submits 5]: reads of one 3,321-unit round
# Results are printed and appended to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -pl bench compile
args=""
for arg in "$@"; do args+="'${arg//\'/}' "; done  # quoted for exec:java, so that --note may hold spaces
# The driver runs inside Maven's JVM with .mvn/jvm.config's C1 alone: its C2 compiler used 8.9 CPU-s of a
# national burst, even after a warm-up, and the whole driver 19.8 against 13.4 on C1 (tenth session).
./mvnw -B -q -Pbench -pl bench exec:java -Dexec.args="$args" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
