#!/usr/bin/env bash
# Installs the real Mermaid parser (pinned in package-lock.json) into the directory given, for the tests that check
# the flowcharts triage writes. Run by Maven (generate-test-resources). Where Node.js or npm is missing, or the npm
# registry cannot be reached, it says so and succeeds: MermaidParser then skips those tests, or fails them under CI.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$1"
mkdir -p "$target"
cp "$here/parse.mjs" "$target/parse.mjs"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "mermaid: node or npm is not installed; the tests that parse Mermaid output will be skipped (CI fails them)"
  exit 0
fi
# Installed already from the same lock file: nothing to do.
if [ -d "$target/node_modules/mermaid" ] && cmp -s "$here/package-lock.json" "$target/package-lock.json"; then
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$target/"
echo "mermaid: installing the Mermaid parser into $target (npm ci)"
if ! (cd "$target" && npm ci --no-audit --no-fund --loglevel=error >npm.log 2>&1); then
  echo "mermaid: npm ci failed (see $target/npm.log); the tests that parse Mermaid output will be skipped (CI fails them)"
  rm -rf "$target/node_modules" "$target/package-lock.json"
fi
exit 0
