#!/usr/bin/env bash
# Makes the self-contained runtime image and its tarball from the shaded jar, with the JDK that runs Maven:
#
#   target/image/                               bin/triage, a Java runtime of only the modules triage uses (jlink),
#                                               the class-data archive made for exactly that runtime, shell completion,
#                                               the man pages, and README.md with docs/ in share/doc/triage
#   target/triage-VERSION-linux-x64.tar.gz      the image, unpacking to triage-VERSION/
#
# Called by Maven in the package phase (pom.xml, execution runtime-image): build-image.sh JAVA_HOME TARGET VERSION.
# The archive is trained here, on real command lines, so that nothing is trained or written when a person runs triage:
# an AppCDS archive on JDK 17 to 24 (every class the everyday command lines and a terminal session load), AOT caches
# on JDK 25 and newer. Figures and the reasons: docs/performance.md.
set -euo pipefail

jdk="$1"
target="$2"
version="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$target/triage.jar"
work="$target/image-build"
image="$target/image"
name="triage-$version"

if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "build-image: the runtime image is made for Linux x64 only; skipped on $(uname -s) $(uname -m)"
  exit 0
fi
if [ ! -x "$jdk/bin/jlink" ]; then
  echo "build-image: $jdk has no jlink: run Maven on a full JDK 17 or newer, or skip the image with -Dimage.skip=true" >&2
  exit 1
fi
feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"

rm -rf "$work" "$image.new"
mkdir -p "$work/run"
log="$work/training.log"
fail() {
  echo "build-image: $1 (its output: $log)" >&2
  [ -f "$log" ] && tail -n 40 "$log" >&2
  exit 1
}

# The program as one module: our module descriptor, compiled against the shaded jar and added to it.
"$jdk/bin/javac" --release 17 -d "$work/module" --patch-module dev.triage="$jar" "$here/module-info.java"
"$jdk/bin/jar" --update --file "$jar" -C "$work/module" module-info.class

"$jdk/bin/jlink" --module-path "$jar" --add-modules dev.triage --strip-debug --no-man-pages --no-header-files \
  --output "$image.new"
cp "$here/triage" "$image.new/bin/triage"
chmod 755 "$image.new/bin/triage"
# JLine's native terminal library where bin/triage points JLine (-Dlibrary.jline.path), so that it is not copied out
# of the runtime into a temporary file at every session.
(cd "$work" && "$jdk/bin/jar" xf "$jar" org/jline/nativ/Linux/x86_64/libjlinenative.so)
cp "$work/org/jline/nativ/Linux/x86_64/libjlinenative.so" "$image.new/lib/"

# The JVM options of bin/triage, which the training runs must share for the archive to fit.
options=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData --enable-native-access=dev.triage
  "-Dlibrary.jline.path=$image.new/lib")
java=("$image.new/bin/java" "${options[@]}" -XX:+UseSerialGC)
main=(-m dev.triage/dev.triage.cli.Main)
mkdir -p "$image.new/share/bash-completion/completions" "$image.new/share/man/man1"
"${java[@]}" "${main[@]}" generate-completion >"$image.new/share/bash-completion/completions/triage"
# The man pages Maven wrote in prepare-package (dev.triage.cli.ManPages, build-only).
if ! compgen -G "$target/man/*.1" >/dev/null; then
  echo "build-image: no man pages in $target/man (the man-pages step of the build writes them)" >&2
  exit 1
fi
cp "$target"/man/*.1 "$image.new/share/man/man1/"
# The documents messages and --help point at, laid out as in the source tree so that README.md's links hold: README.md,
# docs/*.md, and the example questionnaire with its cases to start one from.
source="$here/../.."
doc="$image.new/share/doc/triage"
mkdir -p "$doc/docs" "$doc/questionnaires"
cp "$source/README.md" "$doc/"
cp "$source"/docs/*.md "$doc/docs/"
cp "$source/questionnaires/example.yaml" "$source/questionnaires/example.cases.yaml" "$doc/questionnaires/"

# A scripted run of the bundled questionnaire to a result, with answers that follow the questionnaire as it is.
mapfile -t answers < <("$jdk/bin/java" -cp "$target/build-classes:$jar" dev.triage.launch.Training)
scripted=(run --no-input "${answers[@]}")

# An interactive session in a terminal of its own (script's), ended by a Ctrl-D at the first question: what a person
# at a terminal loads. Skipped, with a warning, where script is missing: the image then only starts slower there.
session() {
  command -v script >/dev/null || return 1
  local line
  printf -v line '%q ' "$@"
  printf '\004' | TERM=xterm-256color timeout 300 script -qec "$line" /dev/null >>"$log" 2>&1
  [ "$?" = 130 ] # cancelled at the first question, as a person pressing Ctrl-D there
}

# Training runs work in an empty directory, so that a ./questionnaires/ there cannot stand in for the bundled ones.
cd "$work/run"
: >"$log"
if [ "$feature" -ge 25 ]; then
  # Two caches, as JDK 25 loads every class of its cache at each start: a lean one for runs that cannot prompt, and
  # one with the console's classes for runs at a terminal.
  archives=("$image.new/lib/triage.aot")
  "${java[@]}" -XX:AOTCacheOutput="${archives[0]}" "${main[@]}" "${scripted[@]}" >>"$log" 2>&1 \
    || fail "the training run for the AOT cache failed"
  if session "${java[@]}" -XX:AOTCacheOutput="$image.new/lib/triage-terminal.aot" "${main[@]}" run; then
    archives+=("$image.new/lib/triage-terminal.aot")
  else
    echo "build-image: warning: no terminal session to train on (is script installed?): sessions start slower" >&2
    rm -f "$image.new/lib/triage-terminal.aot"
  fi
  strict=(-XX:AOTMode=on -XX:AOTCache=)
else
  archives=("$image.new/lib/triage.jsa")
  # The last: what the completion script runs at a Tab after -a id=.
  lines=("--version" "--help" "validate posterior-thigh" "list" "run-scripted" "run-scripted -o report.md"
    "run-scripted -o report.json" "__complete -- answers posterior-thigh sit-bone-sitting=")
  i=0
  for line in "${lines[@]}"; do
    # shellcheck disable=SC2206 # each line is a list of words
    words=($line)
    [ "${words[0]}" = run-scripted ] && words=("${scripted[@]}" "${words[@]:1}")
    "${java[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/$i.classes" "${main[@]}" "${words[@]}" >>"$log" 2>&1 \
      || fail "the training run 'triage $line' failed"
    i=$((i + 1))
  done
  session "${java[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/$i.classes" "${main[@]}" run \
    || echo "build-image: warning: no terminal session to train on (is script installed?): sessions start slower" >&2
  cat "$work"/*.classes | grep -v '^#' | sort -u >"$work/classlist"
  # Dumped with G1, though runs use the serial collector (as fast: the archived heap objects are simply not mapped):
  # JDK 17 finds a truncated archive by the end of its last region, which is a heap region only with G1; with the
  # serial collector it maps a truncated archive and dies of SIGBUS (issue 9, item 6).
  "$image.new/bin/java" "${options[@]}" -XX:+UseG1GC -Xshare:dump -XX:SharedClassListFile="$work/classlist" \
    -XX:SharedArchiveFile="${archives[0]}" "${main[@]}" >>"$log" 2>&1 || fail "making the AppCDS archive failed"
  strict=(-Xshare:on -XX:SharedArchiveFile=)
fi
cd "$target"

# Each archive must be one this runtime takes (strict mode fails otherwise): never ship an image that is only slow.
for archive in "${archives[@]}"; do
  "${java[@]}" "${strict[0]}" "${strict[1]}$archive" "${main[@]}" --version >>"$log" 2>&1 \
    || fail "the runtime refuses the archive it made, $archive"
  chmod a-w "$archive"
done
# The stamp bin/triage compares the archives with, written after them; also what ./triage compares sources with.
touch "$image.new/lib/triage.archived"

rm -rf "$image"
mv "$image.new" "$image"
tar -czf "$target/$name-linux-x64.tar.gz" --owner=0 --group=0 --numeric-owner --transform "s,^image,$name," image
echo "build-image: $image ($(du -sh "$image" | cut -f1)) and $name-linux-x64.tar.gz" \
  "($(du -h "$target/$name-linux-x64.tar.gz" | cut -f1)), JDK $feature"
