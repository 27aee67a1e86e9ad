#!/bin/sh
# The Debian package as a municipality gets it: built with CPack, its desktop entry and
# AppStream metainfo validated, installed into this machine, and started from /usr/bin: on the
# command line, then its desk offscreen on a demo database for a second.
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

# The desk, offscreen, on a demo database: still running after a second, with nothing said
# of a plugin or SQL driver it could not load (shlibdeps cannot see those).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
/usr/bin/sportello --db "$work/demo.sqlite" demo --citizens 100 >/dev/null
status=0
QT_QPA_PLATFORM=offscreen timeout 1 /usr/bin/sportello --db "$work/demo.sqlite" \
    2>"$work/stderr" || status=$?
if [ "$status" -ne 124 ] || grep -q -i -E \
    "qt platform plugin|driver not loaded|cannot load library|failed to load" "$work/stderr"; then
    echo "check-package: the installed desk did not open (exit status $status):" >&2
    cat "$work/stderr" >&2
    exit 1
fi
echo "The package $(basename "$DEB") installs and starts."
