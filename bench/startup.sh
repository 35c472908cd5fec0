#!/usr/bin/env bash
# Start-up benchmark: on every JDK found (/usr/lib/jvm/*, or the JDKs named in BENCH_JDKS), measures in alternation
# an empty Java main (the floor), `triage --version`, a scripted run of the bundled questionnaire to a self-care
# result, `triage validate posterior-thigh`, the Node.js peer in ../shared/bench doing the same scripted run, and, in
# a pseudo-terminal (python3), the time until an interactive session shows its first question. triage runs as a user
# runs it: the bin/triage of a runtime image made for that JDK (src/image/build-image.sh, from the jar `mvn package`
# makes). Prints medians, peak memory (max RSS) and each median as a ratio to the floor and to the Node.js peer.
#
#   bench/startup.sh                 # 20 alternating rounds after 3 warm-up rounds
#   BENCH_RUNS=40 bench/startup.sh   # more rounds
#   BENCH_JDKS="/usr/lib/jvm/temurin-25-jdk-amd64" bench/startup.sh
#   BENCH_COMMANDS="floor run node" bench/startup.sh   # a subset (floor is always needed for the ratios)
#   BENCH_TRIAGE=/path/to/old/checkout/triage bench/startup.sh   # another launcher instead, given JAVA_HOME per JDK
#   BENCH_BASELINE=/path/to/other/checkout bench/startup.sh   # that checkout's images too, in the same rounds
#
# Rounds alternate (floor, version, run, validate, floor, ...) so that a burst of load elsewhere on the machine hits
# every command alike; with BENCH_BASELINE, each triage command runs on the baseline's image right after this one's,
# so a before-and-after comparison is one alternating run. hyperfine runs each command's repetitions back to back,
# so it is not used. Wall time comes from bash's microsecond clock around each run, peak memory from GNU time.
# Measure on a quiet machine: the load average is printed before and after, with a warning when it is high.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${BENCH_RUNS:-20}"
warmups="${BENCH_WARMUPS:-3}"
questionnaire="questionnaires/posterior-thigh.yaml"
# The scripted run: answers on the command line that pass every red flag and reach the self-care outcome of a
# hamstring strain in the bundled questionnaire (its "Classic sprint strain" case); checked on every run.
run_args=(run --no-input -a "breathless-chest-pain=no,limb-change=no,thigh-swelling=no,sepsis=no"
  -a "cauda-equina=no,sight=no,cancer-history=no,new-headache=no,clot-signs=no,clot-risk=no,leg-weakness=no"
  -a "rest-pain=no,fever=no,dark-urine=no,muscles-both-sides=no,major-accident=no,hamstring-pop=no"
  -a "fragile-bones=no,infection-risk=no,lump=no,serious-cause=no,scope=yes,pmr=no,walking-pain=no"
  -a "inflammatory-back=no,duration=recent,nerve-signs=neither,below-knee=no,sudden-strain=yes")
# A baseline checkout from before the aorta-pain flag (BENCH_BASELINE) walks its own bundled questionnaire without
# answering it. BENCH_BASELINE_ANSWERS=new gives the baseline the same answers as this checkout (for a later baseline).
baseline_run_args=("${run_args[@]}" -a "bone-stress=no")
run_args+=(-a "aorta-pain=no,bone-stress=no")
[ "${BENCH_BASELINE_ANSWERS:-old}" = old ] || baseline_run_args=("${run_args[@]}")

# shellcheck source=bench/jdks.sh
source "$root/bench/jdks.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Empty { public static void main(String[] args) {} }\n' >"$work/Empty.java"
javac_home=""
for home in "${jdks[@]}"; do [ -x "$home/bin/javac" ] && javac_home="$home" && break; done
if [ -z "$javac_home" ]; then
  echo "bench: none of the JDKs has javac, needed to compile the empty main." >&2
  exit 1
fi
"$javac_home/bin/javac" --release 17 -d "$work" "$work/Empty.java"

names=(${BENCH_COMMANDS:-floor version run node validate first})
declare -A labels=([floor]="empty Java main (floor)" [version]="triage --version"
  [run]="triage run (scripted, to self-care)" [validate]="triage validate posterior-thigh"
  [node]="Node.js peer, same scripted run" [first]="triage run at a terminal: first question shown")
if [[ " ${names[*]} " == *" first "* ]] && ! command -v python3 >/dev/null 2>&1; then
  echo "bench: python3 is not installed, so the time to the first question at a terminal is not measured." >&2
  names=(${names[@]/first/})
fi

# The Node.js peer, copied out of ../shared/bench (read-only in CI) with its one dependency installed beside it.
peer_dir="${BENCH_NODE_PEER:-$root/../shared/bench}"
if [[ " ${names[*]} " == *" node "* ]]; then
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && [ -f "$peer_dir/node-peer.mjs" ]; then
    mkdir -p "$work/node-peer"
    cp "$peer_dir/node-peer.mjs" "$peer_dir/package.json" "$work/node-peer/"
    python3 "$root/bench/node-peer-follow-ups.py" "$work/node-peer/node-peer.mjs" # red-flag follow-ups, as triage walks
    if ! (cd "$work/node-peer" && npm install --no-audit --no-fund --silent >/dev/null 2>&1); then
      echo "bench: npm could not install the Node.js peer's js-yaml, so it is not measured." >&2
      names=(${names[@]/node/})
    fi
  else
    echo "bench: no node, npm or $peer_dir/node-peer.mjs, so the Node.js peer is not measured." >&2
    names=(${names[@]/node/})
  fi
fi

# A runtime image for each JDK, made from the jar as the build makes target/image (unless BENCH_TRIAGE says
# otherwise). `mvn package` first if the jar is missing or older than the sources, as ./triage would. A baseline
# checkout's images are made from its own jar with its own image script.
variants=(this)
[ -n "${BENCH_BASELINE:-}" ] && variants+=(baseline)
if [ -z "${BENCH_TRIAGE:-}" ]; then
  "$root/triage" --version >/dev/null
  make_images "$root" "$work" this
  if [ -n "${BENCH_BASELINE:-}" ]; then
    baseline="$(cd -P "$BENCH_BASELINE" && pwd)"
    "$baseline/triage" --version >/dev/null
    make_images "$baseline" "$work" baseline
  fi
fi

# The command that runs triage on a JDK: this checkout's image, or the baseline's.
triage_on() {
  if [ -n "${BENCH_TRIAGE:-}" ]; then
    echo env JAVA_HOME="$1" "$BENCH_TRIAGE"
  else
    echo "$work/${2:-this}-$(basename "$1")/image/bin/triage"
  fi
}

# Runs one benchmark command once, on this checkout's image or the baseline's; appends "wall_ms rss_kib" to its
# results file. Output is checked, then dropped.
measure() {
  local jdk="$1" name="$2" variant="${3:-this}" out="$work/out" start end
  local cmd=() triage results
  results="$work/$(basename "$jdk").$name"
  [ "$variant" = this ] || results="$results.$variant"
  read -r -a triage <<<"$(triage_on "$jdk" "$variant")"
  case "$name" in
    floor) cmd=("$jdk/bin/java" -cp "$work" Empty) ;;
    version) cmd=("${triage[@]}" --version) ;;
    run)
      if [ "$variant" = baseline ]; then cmd=("${triage[@]}" "${baseline_run_args[@]}"); else cmd=("${triage[@]}" "${run_args[@]}"); fi ;;
    node) cmd=(node "$work/node-peer/node-peer.mjs" -q "$root/$questionnaire" "${run_args[@]:2}") ;;
    validate) cmd=("${triage[@]}" validate posterior-thigh) ;;
    first)
      # In a pseudo-terminal, as a person would start it; the helper prints the milliseconds to the first question.
      local ms
      if ! ms="$(python3 "$root/bench/first-question.py" /usr/bin/time -f '%M' -o "$work/rss" \
        "${triage[@]}" run 2>"$out")"; then
        echo "bench: the interactive session showed no question:" >&2
        cat "$out" >&2
        exit 1
      fi
      local us
      us="$(awk -v m="$ms" 'BEGIN { printf "%d", m * 1000 }')"
      echo "$us $(tail -n 1 "$work/rss")" >>"$results"
      return 0
      ;;
  esac
  start="$EPOCHREALTIME"
  if ! /usr/bin/time -f '%M' -o "$work/rss" "${cmd[@]}" </dev/null >"$out" 2>"$out.err"; then
    echo "bench: '${cmd[*]}' failed:" >&2
    cat "$out" "$out.err" >&2
    exit 1
  fi
  end="$EPOCHREALTIME"
  local self_care="SELF-CARE: look after it yourself; see a professional if it does not improve"
  local first_line
  first_line="$(head -n 1 "$out")"
  if { [ "$name" = run ] && [ "$first_line" != "$self_care" ]; } \
    || { [ "$name" = node ] && [ "${first_line%%:*}" != SELF-CARE ]; }; then
    echo "bench: the scripted run did not reach a self-care result; update run_args in $0:" >&2
    cat "$out" "$out.err" >&2
    exit 1
  fi
  # Both clocks are "seconds.microseconds": difference in microseconds, then milliseconds with one decimal.
  local us=$(( (${end%.*} - ${start%.*}) * 1000000 + (10#${end#*.} - 10#${start#*.}) ))
  echo "$us $(tail -n 1 "$work/rss")" >>"$results"
}

median_ms() {
  sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "%.1f", m / 1000 }'
}
peak_mib() { sort -n | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'; }

# From an empty directory: `run` without -q then takes the questionnaire bundled in the jar, as a user's would.
cd "$work"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "bench: $runs rounds after $warmups warm-up rounds on ${#jdks[@]} JDK(s); load average $load_before" >&2
# Warm-up rounds fill the file cache; their figures are dropped.
for ((i = 0; i < warmups + runs; i++)); do
  for jdk in "${jdks[@]}"; do
    for name in "${names[@]}"; do
      measure "$jdk" "$name"
      if [ -n "${BENCH_BASELINE:-}" ] && [ "$name" != floor ] && [ "$name" != node ]; then
        measure "$jdk" "$name" baseline
      fi
    done
  done
  if [ "$i" -lt "$warmups" ]; then
    for jdk in "${jdks[@]}"; do rm -f "$work/$(basename "$jdk")".*; done
  fi
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(uname -sr)"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); $runs alternating rounds;" \
  "load average $load_before before, $load_after after"
echo
echo "| JDK | command | median ms | x floor | x Node.js | peak RSS MiB |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
for jdk in "${jdks[@]}"; do
  version="$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk/release")"
  base="$work/$(basename "$jdk")"
  floor="$(cut -d' ' -f1 "$base.floor" | median_ms)"
  node=""
  [ -f "$base.node" ] && node="$(cut -d' ' -f1 "$base.node" | median_ms)"
  for name in "${names[@]}"; do
    for variant in "${variants[@]}"; do
      file="$base.$name"
      label="${labels[$name]}"
      if [ "$variant" = baseline ]; then
        [ -f "$file.baseline" ] || continue
        file="$file.baseline"
        label="$label, baseline"
      fi
      median="$(cut -d' ' -f1 "$file" | median_ms)"
      peak="$(cut -d' ' -f2 "$file" | peak_mib)"
      ratio="$(awk -v m="$median" -v f="$floor" 'BEGIN { printf "%.2f", m / f }')"
      to_node="-"
      [ -n "$node" ] && to_node="$(awk -v m="$median" -v f="$node" 'BEGIN { printf "%.2f", m / f }')"
      echo "| $version | $label | $median | $ratio | $to_node | $peak |"
    done
  done
done
if awk -v l="${load_before%% *}" -v m="${load_after%% *}" 'BEGIN { exit !(l > 0.5 || m > 0.5) }'; then
  echo
  echo "Warning: the load average was above 0.5; other work on the machine inflates these figures." >&2
fi
