#!/usr/bin/env bash
# Runs the whole NQ57 platform on this machine without Docker: builds what is missing, starts
# PostgreSQL, Kafka, a MongoDB wire server, SMTP with a mail view and Keycloak, then every service
# and the gateway with the demo data. Ctrl-C stops everything. Options: --fresh (wipe data),
# --data DIR (default .dev-stack), --without-class-data-archives (slower starts; lets JFR record on
# JDK 17). Ports: -Dnq57.port.<name>=N via JAVA_TOOL_OPTIONS.
set -euo pipefail
cd "$(dirname "$0")"
dev-stack/build-if-stale.sh
# The launcher's JVM hosts Kafka and the MongoDB wire server: the parallel collector, because G1 paused it
# for ~200 ms at a time under the national bench (26 s of a 250 s burst), freezing both for every service;
# a 640 MB young generation, because with the default one its collector used 9.6 CPU-s of a burst (5.2).
exec java -Dfile.encoding=UTF-8 ${NQ57_STACK_JVM_OPTIONS:--XX:+UseParallelGC -Xms1g -Xmx2g -Xmn640m} -cp "dev-stack/target/classes:$(cat dev-stack/target/runtime-classpath.txt)" \
  vn.nq57.devstack.DevStack "$@"
