#!/usr/bin/env bash
# The batch benchmark: generates answer sets that walk the bundled questionnaire to every outcome (10% of them with a
# missing or bad answer), runs `triage batch` on them, JSON Lines in and out, through a runtime image made for each
# JDK as `mvn package` makes one, and prints per size and JDK the median time, answer sets a second, processor time (all
# threads, user and system: what load on the machine changes least) and peak resident memory.
# Usage: bench/batch.sh [RUNS]   (RUNS per size and JDK, alternating, default 3). Run it on a quiet machine (`uptime`).
#   BENCH_SIZES="100000 1000000"   sizes to measure (default)
#   BENCH_JDKS="/usr/lib/jvm/..."  JDK homes (default: every JDK 17 or newer in /usr/lib/jvm)
#   BENCH_FORMAT=csv               CSV in and out instead
#   TRIAGE_JAVA_OPTS="..."         JVM options for every run, as bin/triage takes them
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
sizes=(${BENCH_SIZES:-100000 1000000})
format="${BENCH_FORMAT:-jsonl}"

# shellcheck source=bench/jdks.sh
source "$root/bench/jdks.sh"

jar="$root/target/triage.jar"
gen="$root/target/test-classes/dev/triage/bench/BatchInput.class"
if [ ! -f "$jar" ] || [ ! -f "$gen" ] || [ -n "$(find "$root/pom.xml" "$root/src" -newer "$gen" -print -quit)" ] \
  || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]; then
  echo "bench: building (tests compiled, not run)..." >&2
  mvn -q -B -f "$root/pom.xml" -DskipTests -Dimage.skip=true package >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
make_images "$root" "$work" this

for n in "${sizes[@]}"; do
  echo "bench: generating $n answer sets ($format)..." >&2
  java -cp "$root/target/test-classes:$jar" dev.triage.bench.BatchInput "$root/questionnaires/posterior-thigh.yaml" \
    "$n" "$format" "$work/in-$n.$format" 2>"$work/outcomes-$n"
done

echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1), $(($(sed -n \
  's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo) / 1048576)) GiB RAM, $(uname -sr)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for jdk in "${jdks[@]}"; do
  echo "JDK: $jdk ($("$jdk/bin/java" -version 2>&1 | head -n 1))"
done
for n in "${sizes[@]}"; do
  echo "input: $n sets, $(($(stat -c %s "$work/in-$n.$format") / 1048576)) MiB; $(cat "$work/outcomes-$n")"
done

# Rounds alternate sizes and JDKs, so that other work on the machine hits every row alike.
for ((r = 1; r <= runs; r++)); do
  for n in "${sizes[@]}"; do
    for jdk in "${jdks[@]}"; do
      img="$work/this-$(basename "$jdk")/image/bin/triage"
      set +e
      /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$img" batch --input "$work/in-$n.$format" \
        --output "$work/out.$format" --force 2>"$work/err"
      code=$?
      set -e
      if [ "$code" -gt 1 ] || ! grep -q " answer sets: " "$work/err"; then
        echo "bench: triage batch failed (exit $code):" >&2
        cat "$work/err" >&2
        exit 1
      fi
      echo "$(tail -n 1 "$work/time")" >>"$work/$n.$(basename "$jdk")"
    done
  done
  echo "bench: round $r of $runs done; load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "summary of the last run: $(tail -n 1 "$work/err")"

printf '%-10s %-34s %10s %12s %10s %12s\n' "sets" "JDK" "median s" "sets/s" "CPU s" "peak MiB"
for n in "${sizes[@]}"; do
  for jdk in "${jdks[@]}"; do
    sort -n "$work/$n.$(basename "$jdk")" | awk -v n="$n" -v jdk="$(basename "$jdk")" '
      { t[NR] = $1; m[NR] = $2; c[NR] = $3 + $4 }
      END {
        med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        cpu = (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2
        peak = 0; for (i = 1; i <= NR; i++) if (m[i] > peak) peak = m[i]
        printf "%-10d %-34s %10.2f %12d %10.2f %12.0f\n", n, jdk, med, n / med, cpu, peak / 1024
      }'
  done
done
