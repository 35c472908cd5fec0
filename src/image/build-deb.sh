#!/usr/bin/env bash
# Packs the runtime image (target/image, from build-image.sh) as a Debian package, target/triage_VERSION_amd64.deb:
# the image in /opt/triage, /usr/bin/triage linking to its bin/triage, shell completion, man pages and documents
# (/usr/share/doc/triage) where Debian looks for them. Called by Maven with -Pdeb (pom.xml): build-deb.sh TARGET
# VERSION. Skipped, with a message, where dpkg-deb or fakeroot is missing. Not jpackage: its native launcher would bypass bin/triage, which picks the
# terminal or plain archive and leaves out one written to since it was made.
set -euo pipefail

target="$1"
version="$2"
if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
  echo "build-deb: skipped: dpkg-deb and fakeroot are needed (apt-get install dpkg fakeroot)"
  exit 0
fi
if [ ! -x "$target/image/bin/triage" ]; then
  echo "build-deb: no runtime image in $target/image to pack (was it skipped with -Dimage.skip=true?)" >&2
  exit 1
fi

root="$target/deb"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/man/man1" "$root/usr/share/doc"
cp -a "$target/image" "$root/opt/triage"
ln -s /opt/triage/bin/triage "$root/usr/bin/triage"
ln -s /opt/triage/share/bash-completion/completions/triage "$root/usr/share/bash-completion/completions/triage"
ln -s /opt/triage/share/doc/triage "$root/usr/share/doc/triage"
for page in "$target"/image/share/man/man1/*.1; do
  [ -f "$page" ] && gzip -9n <"$page" >"$root/usr/share/man/man1/$(basename "$page").gz"
done
cat >"$root/DEBIAN/control" <<CONTROL
Package: triage
Version: $version
Architecture: amd64
Maintainer: triage developers <triage@localhost>
Section: misc
Priority: optional
Depends: libc6
Installed-Size: $(du -sk "$root" | cut -f1)
Description: suggests the likely source of pain in the back of the thigh
 Walks a YAML decision tree, screening for emergencies first, and suggests the
 most likely source of the pain with next steps. It does not diagnose. Carries
 its own Java runtime.
CONTROL
fakeroot dpkg-deb --build --root-owner-group "$root" "$target/triage_${version}_amd64.deb" >/dev/null
echo "build-deb: $target/triage_${version}_amd64.deb ($(du -h "$target/triage_${version}_amd64.deb" | cut -f1))"
