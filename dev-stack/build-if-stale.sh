#!/usr/bin/env bash
# Builds the platform (./mvnw package -DskipTests) unless every service's fast-jar and the launcher are
# newer than every pom and source file: a rebuild rewrites the jars even when nothing changed, which
# would cost a minute and a half and make the services' class-data archives (~/.cache/nq57/cds) stale.
# NQ57_BUILD=always builds regardless.
set -euo pipefail
cd "$(dirname "$0")/.."
needs_build() {
  [ "${NQ57_BUILD:-}" = always ] && return 0
  [ -f dev-stack/target/runtime-classpath.txt ] || return 0
  local oldest=""
  for module in plan-service submission-service aggregation-service notification-service gateway; do
    local jar="$module/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || return 0
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest="$jar"; fi
  done
  [ -n "$(find pom.xml .mvn ./*/pom.xml ./*/src -newer "$oldest" -type f -print -quit 2>/dev/null)" ]
}
if needs_build; then
  echo "Building the platform (the first run downloads dependencies, Keycloak included) …"
  ./mvnw -B -q package -DskipTests
else
  echo "The platform's jars are newer than its sources: not rebuilding (NQ57_BUILD=always forces it)."
fi
