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
# The driver runs inside Maven's JVM with C1 alone (as .mvn/jvm.config has it): C2's compiler threads
# took most of the driver's CPU, which the platform shares. In a national burst on the final code of
# 30/11 the driver used 19.1 CPU-s with C1 against 23.6-31.3 with both compilers (docs/benchmarks.md).
MAVEN_OPTS="-XX:TieredStopAtLevel=1 ${MAVEN_OPTS:-}" ./mvnw -B -q -Pbench -pl bench exec:java -Dexec.args="$args" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
