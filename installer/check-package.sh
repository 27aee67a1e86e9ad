#!/bin/sh
# The Debian package as a municipality gets it: built with CPack, its desktop entry and
# AppStream metainfo validated, installed into this machine, and started from /usr/bin.
#   installer/check-package.sh BUILD_DIR
set -eu
BUILD_DIR=${1:-build}
cd "$(dirname "$0")/.."
desktop-file-validate installer/it.comune.sportello.desktop
appstreamcli validate --no-net installer/it.comune.sportello.metainfo.xml
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
DEB=$(realpath "$(ls "$BUILD_DIR"/sportello_*.deb | head -n 1)")
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$DEB" >/dev/null
test -f /usr/share/applications/it.comune.sportello.desktop
test -f /usr/share/metainfo/it.comune.sportello.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/it.comune.sportello.svg
/usr/bin/sportello --version
echo "The package $(basename "$DEB") installs and starts."
