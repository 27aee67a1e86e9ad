#!/bin/sh
# Every file the build read from the system belongs to a package that installer/dev.sh
# installs, or to one those depend on: on a machine with extra packages, a build that only
# works thanks to them fails here, with the file and its package, instead of on a new
# user's machine.
#   installer/check-build-deps.sh BUILD_DIR PACKAGE...     (dev.sh passes its PACKAGES)
# What the build read: the compiler's header dependencies (ninja -t deps), the CMake package
# configurations that find_package loaded (the *_DIR entries of CMakeCache.txt), the
# pkg-config files and the libraries they gave the link, the compiler and the build tool.
set -eu
BUILD_DIR=$1
shift
[ $# -gt 0 ] || { echo "usage: installer/check-build-deps.sh BUILD_DIR PACKAGE..." >&2; exit 2; }
cd "$(dirname "$0")/.."
SOURCE=$(pwd -P)
BUILD=$(cd "$BUILD_DIR" && pwd -P)
CACHE="$BUILD/CMakeCache.txt"
[ -f "$CACHE" ] || { echo "check-build-deps: $CACHE is missing; build first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
    ninja -C "$BUILD" -t deps | awk '/^    /{ print $1 }'
    sed -n 's/^\([A-Za-z0-9_]*\)_DIR:PATH=\(.*\)$/\1 \2/p' "$CACHE" | while read -r name dir; do
        lower=$(echo "$name" | tr 'A-Z' 'a-z')
        for config in "$dir/${name}Config.cmake" "$dir/$lower-config.cmake"; do
            [ -f "$config" ] && { echo "$config"; break; }
        done
    done
    sed -n 's/^pkgcfg_lib_[^:]*:FILEPATH=//p' "$CACHE"
    sed -n 's/^__pkg_config_arguments_[^:]*:INTERNAL=//p' "$CACHE" | tr ';' '\n' \
        | grep -v -x -e REQUIRED -e QUIET -e IMPORTED_TARGET -e GLOBAL -e NO_CMAKE_PATH \
            -e NO_CMAKE_ENVIRONMENT_PATH | sed 's/[<>=].*//' | while read -r module; do
            pkg-config --path "$module"
        done
    sed -n 's/^CMAKE_\(CXX_COMPILER\|MAKE_PROGRAM\):FILEPATH=//p' "$CACHE"
} | awk -v build="$BUILD" '{ print (/^\// ? "" : build "/") $0 }' | sort -u \
    | xargs -r -d '\n' realpath -m -s | sort -u \
    | grep -v -e "^$SOURCE/" -e "^$BUILD/" >"$work/plain" || true
# Relative paths above are the compiler's, from the build directory; a file no package
# installed under the name read is looked up with its symlinks resolved.
xargs -r -d '\n' realpath -m <"$work/plain" | paste -d ' ' "$work/plain" - >"$work/files"

apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "$@" | awk '!/^ /{ sub(/:.*/, ""); print }' | sort -u >"$work/closure"

# dpkg's own record of which package installed each file (what dpkg -S reads), at once for
# the hundreds of headers; a path is also looked up on the other side of the merged /usr.
for list in /var/lib/dpkg/info/*.list; do
    package=${list##*/}
    package=${package%.list}
    echo "${package%%:*} $list"
done >"$work/lists"

awk -v closure="$work/closure" -v lists="$work/lists" -v files="$work/files" '
    function unmerged(path) {
        if (path ~ /^\/usr\/(lib|lib32|lib64|libx32|bin|sbin)\//) return substr(path, 5)
        if (path ~ /^\/(lib|lib32|lib64|libx32|bin|sbin)\//) return "/usr" path
        return path
    }
    BEGIN {
        while ((getline line < closure) > 0) allowed[line] = 1
        while ((getline line < lists) > 0) {
            split(line, f, " ")
            while ((getline path < f[2]) > 0) owners[path] = owners[path] " " f[1]
            close(f[2])
        }
        bad = 0; count = 0
        while ((getline line < files) > 0) {
            split(line, f, " ")
            count++
            # The path as read first: a development symlink (libz.so) belongs to the -dev
            # package, not to the library it points to.
            found = owners[f[1]] owners[unmerged(f[1])]
            if (found == "") found = owners[f[2]] owners[unmerged(f[2])]
            ok = 0
            n = split(found, pkgs, " ")
            for (i = 1; i <= n; i++) if (pkgs[i] in allowed) ok = 1
            if (ok) continue
            bad++
            if (n == 0) printf "check-build-deps: %s belongs to no package\n", f[1]
            else printf "check-build-deps: %s comes from %s, which installer/dev.sh does not install\n", f[1], pkgs[1]
        }
        if (bad) {
            printf "check-build-deps: %d file(s) the build read are not installed by installer/dev.sh; add their packages to PACKAGES\n", bad
            exit 1
        }
        printf "check-build-deps: the build read %d system files, all from packages installer/dev.sh installs\n", count
    }'
