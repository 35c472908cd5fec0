#!/usr/bin/env bash
# The scale benchmark: loads and validates generated questionnaires of 1,000, 10,000 and 100,000 nodes, each in fresh
# JVMs, with JVM defaults and with the launcher's JVM options, and prints median times (SnakeYAML alone, parse, load,
# validate) and peak memory. Builds first when the build is missing or stale.
# Usage: bench/scale.sh [RUNS]   (RUNS fresh JVMs per size, default 5). Run it on a quiet machine (see `uptime`).
set -euo pipefail
home="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/target/triage.jar"
bench="$home/target/test-classes/dev/triage/bench/ScaleBenchmark.class"

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="$(command -v java || true)"; fi
if [ -z "$java" ] || [ ! -x "$java" ]; then
  echo "scale.sh: no Java found: install a JDK 17 or newer, or set JAVA_HOME." >&2
  exit 1
fi

if [ ! -f "$jar" ] || [ ! -f "$bench" ] \
  || [ -n "$(find "$home/pom.xml" "$home/src" -newer "$bench" -print -quit 2>/dev/null)" ] \
  || [ -n "$(find "$home/pom.xml" "$home/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "scale.sh: building (tests compiled, not run)..." >&2
  mvn -q -B -f "$home/pom.xml" -DskipTests package >&2
fi

# The JIT and collector options bin/triage runs with (the -XX: flags on its line 'exec ".../bin/java" ...'), for the
# benchmark's "launcher" rows.
launcher_opts="$(sed -n 's/^exec "$lib\/..\/bin\/java" \(.*\) \\$/\1/p' "$home/src/image/triage" | head -n 1)"
if [ -z "$launcher_opts" ]; then
  echo "scale.sh: cannot find the JVM options in src/image/triage; measuring JVM defaults only." >&2
fi

# BENCH_JAVA_OPTS (say -Xmx512m) reaches every measuring JVM too.
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of words
exec "$java" ${BENCH_JAVA_OPTS:-} -Dbench.launcher="$launcher_opts" -cp "$home/target/test-classes:$jar" \
  dev.triage.bench.ScaleBenchmark "$@"
