#!/usr/bin/env bash
# Startup benchmark: starts the local platform (parallel start), then each service alone against the
# same infrastructure; appends "started in" / time-to-ready / RSS to docs/benchmarks.md and stops
# everything. Uses the default ports (stop ./platform.sh first) and its own data dir .dev-stack-startup.
# The services map their builds' class-data archives (the first run after a build records them in an
# unmeasured start first); --without-class-data-archives measures the same start without them.
set -euo pipefail
cd "$(dirname "$0")/.."
dev-stack/build-if-stale.sh
exec java -Dfile.encoding=UTF-8 -cp "dev-stack/target/classes:$(cat dev-stack/target/runtime-classpath.txt)" \
  vn.nq57.devstack.StartupBench "$@"
