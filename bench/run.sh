#!/usr/bin/env bash
# Deadline-day benchmark against a running local platform (./platform.sh in another terminal).
#   bench/run.sh --scenario haiphong|national|steady [--concurrency 32] [--rate 10] [--indicators 60]
# Results are printed and appended to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -pl bench compile
./mvnw -B -q -Pbench -pl bench exec:java -Dexec.args="$*" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
