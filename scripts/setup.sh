# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/run and scripts/test: installs what is missing, then configures and builds.
# Usage inside a script: source scripts/setup.sh; rls_setup; rls_build PRESET [TARGET...]

set -euo pipefail

RLS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 / Ubuntu 22.04+ package names of everything the app, tests and benchmarks need.
RLS_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libgl-dev libqcustomplot-dev
    # Qt's SVG plugins: without them the app's icon (an SVG) shows nowhere, About included.
    libqt6svg6
    libsqlite3-dev libsqlitecpp-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    # scripts/bench-io times the CSV export and import against the sqlite3 command-line tool.
    sqlite3
    fonts-dejavu-core
    # libxlsxwriter's pkg-config file links -lz, whose development link only zlib1g-dev installs.
    libxlsxwriter-dev zlib1g-dev poppler-utils unzip
    # The validators the desktop-file tests run on the launcher and the AppStream metainfo.
    appstream desktop-file-utils
    # The translations: lupdate and lrelease with their CMake functions (qt_add_translations),
    # and Qt's own German for the standard buttons.
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
)

rls_missing_packages() {
    local missing=()
    for pkg in "${RLS_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    echo "${missing[@]:-}"
}

rls_setup() {
    local missing
    missing=$(rls_missing_packages)
    [ -z "$missing" ] && return 0
    echo "Installing what RLS Diary needs: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Please install as root: apt-get install $missing" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    # shellcheck disable=SC2086 # the list is meant to split into package names
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing
}

# Configures (once) and builds a CMake preset, or only the TARGETs given; quick when nothing changed.
rls_build() {
    local preset=$1
    shift
    cd "$RLS_ROOT"
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        cmake --preset "$preset"
    fi
    local targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    cmake --build --preset "$preset" --parallel "$(nproc)" "${targets[@]}"
}
