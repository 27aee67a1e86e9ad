#!/bin/sh
# Sportello developer entry point, for a Debian 12 machine (run as root, or with sudo
# available for the package step).
#   installer/dev.sh run    install what is missing, build, open the desk on demo data
#   installer/dev.sh test   install what is missing, build, check the build read nothing from
#                           outside PACKAGES, check the Debian package installs and starts,
#                           run every test (PostgreSQL tests against a
#                           throwaway server started by pg_virtualenv)
set -eu

cd "$(dirname "$0")/.."
BUILD_DIR=${SPORTELLO_BUILD_DIR:-build}

PACKAGES="cmake ninja-build g++ pkg-config \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6charts6 libqt6opengl6-dev \
    libqt6sql6-sqlite libqt6sql6-psql \
    qt6-translations-l10n \
    qt6-qpa-plugins fonts-dejavu-core libgl-dev libsodium-dev libsqlite3-dev libpq-dev \
    qtkeychain-qt6-dev libxlsxwriter-dev zlib1g-dev unzip sqlite3 \
    postgresql postgresql-common e2fsprogs openssl \
    desktop-file-utils appstream file dpkg-dev"

install_packages() {
    missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPORTELLO_WERROR=ON
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    install_packages
    build
    DEMO_DB=${SPORTELLO_DEMO_DB:-$BUILD_DIR/demo/sportello-demo.sqlite}
    if [ ! -f "$DEMO_DB" ]; then
        mkdir -p "$(dirname "$DEMO_DB")"
        "$BUILD_DIR/app/sportello" --db "$DEMO_DB" demo --citizens "${SPORTELLO_DEMO_CITIZENS:-100000}"
    fi
    echo "Demo data: sign in as sportello, sociale, nidi or admin with the password demo-sportello."
    exec "$BUILD_DIR/app/sportello" --db "$DEMO_DB"
    ;;
test)
    install_packages
    build
    # Everything the build read from the system comes from a package of PACKAGES (or their
    # dependencies), so a machine with extra packages cannot hide a missing install step.
    installer/check-build-deps.sh "$BUILD_DIR" $PACKAGES
    # The Debian package: built, validated, installed into this machine and started.
    installer/check-package.sh "$BUILD_DIR"
    # pg_virtualenv starts a throwaway PostgreSQL cluster and sets PGHOST, PGPORT, PGUSER
    # and PGPASSWORD for the tests; -t keeps it in a temporary directory even as root, so
    # a cluster left behind by an interrupted run cannot block the next one. Benchmarks
    # (label bench) run separately.
    export SPORTELLO_REQUIRE_PG=1 # PostgreSQL tests fail rather than skip without a server
    exec pg_virtualenv -t -- ctest --test-dir "$BUILD_DIR" --output-on-failure \
        --parallel "$(nproc)" -LE bench
    ;;
*)
    echo "usage: installer/dev.sh run|test" >&2
    exit 2
    ;;
esac
