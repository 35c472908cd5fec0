# Sourced by the benchmarks (with $root set to the checkout): fills the array `jdks` with every distinct JDK 17 or
# newer (by its real path) among BENCH_JDKS (default: every JDK in /usr/lib/jvm), makes sure GNU time, for peak
# memory, is there, and defines make_images.
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing GNU time (for peak memory)..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time) >/dev/null 2>&1 || true
  fi
  if [ ! -x /usr/bin/time ]; then
    echo "bench: GNU time (/usr/bin/time) is needed for peak memory: install the 'time' package and run again." >&2
    exit 1
  fi
fi

jdks=()
declare -A seen=()
for home in ${BENCH_JDKS:-/usr/lib/jvm/*}; do
  [ -x "$home/bin/java" ] && [ -r "$home/release" ] || continue
  real="$(readlink -f "$home")"
  [ -z "${seen[$real]:-}" ] || continue
  seen[$real]=1
  version="$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release")"
  [ "${version%%[.+-]*}" -ge 17 ] 2>/dev/null || continue
  jdks+=("$real")
done
if [ "${#jdks[@]}" = 0 ]; then
  echo "bench: no JDK 17 or newer found under ${BENCH_JDKS:-/usr/lib/jvm}; set BENCH_JDKS to JDK homes." >&2
  exit 1
fi

# Makes, in directory $2, a runtime image for each JDK from checkout $1's target/triage.jar (and its build classes and
# man pages) with its own image script, as the build makes target/image: $2/$3-NAME/image/bin/triage, where $3 names
# the variant (this, baseline).
make_images() {
  local t jdk
  for jdk in "${jdks[@]}"; do
    t="$2/$3-$(basename "$jdk")"
    mkdir -p "$t"
    cp "$1/target/triage.jar" "$t/"
    cp -r "$1/target/build-classes" "$t/"
    # The man pages the build writes (issue 10's image installs them); a checkout from before them has none.
    if [ -d "$1/target/man" ]; then cp -r "$1/target/man" "$t/"; fi
    echo "bench: making the $3 runtime image for $jdk..." >&2
    bash "$1/src/image/build-image.sh" "$jdk" "$t" bench >/dev/null
  done
}
