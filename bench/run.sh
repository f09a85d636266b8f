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
# The driver runs inside Maven's JVM: with both JIT compilers, not .mvn/jvm.config's C1 alone (which
# suits short builds), so that the client's own CPU takes as little from the platform as it can.
MAVEN_OPTS="-XX:TieredStopAtLevel=4 ${MAVEN_OPTS:-}" ./mvnw -B -q -Pbench -pl bench exec:java -Dexec.args="$args" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
