# shellcheck shell=bash
# Shared by build-aux/run and build-aux/test: install what is missing, then
# configure and build. Sourced, never run on its own.
#
# SPDX-License-Identifier: GPL-3.0-or-later

FS_SOURCE_ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
FS_DEPS_FILE="$FS_SOURCE_ROOT/build-aux/deps"
FS_BUILD_DIR="$FS_SOURCE_ROOT/_build"

fs_say() {
  printf '%s: %s\n' "${0##*/}" "$*" >&2
}

fs_die() {
  fs_say "$*"
  exit 1
}

# Prints the packages named in the deps file that dpkg does not report as
# installed, one a line.
fs_missing_packages() {
  local line package status

  while IFS= read -r line || [[ -n $line ]]; do
    line=${line%%#*}
    for package in $line; do
      status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
      if [[ $status != *" installed" ]]; then
        printf '%s\n' "$package"
      fi
    done
  done <"$FS_DEPS_FILE"
}

# Installs the missing packages, and touches apt only when something is
# missing, so a machine that is ready needs neither root nor the network.
fs_install_dependencies() {
  local -a missing sudo=()

  command -v dpkg-query >/dev/null 2>&1 ||
    fs_die "dpkg-query not found: this script expects Debian 12; install the packages in $FS_DEPS_FILE by hand"
  mapfile -t missing < <(fs_missing_packages)
  ((${#missing[@]} == 0)) && return 0

  fs_say "installing missing packages: ${missing[*]}"
  if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 ||
      fs_die "not root and sudo is not available; as root run: apt-get install ${missing[*]}"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update ||
    fs_die "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}" ||
    fs_die "could not install: ${missing[*]}"
}

# Configures _build once (later meson.build changes make meson reconfigure
# by itself during the compile), then builds.
fs_build() {
  if [[ ! -f $FS_BUILD_DIR/meson-private/coredata.dat ]]; then
    meson setup "$FS_BUILD_DIR" "$FS_SOURCE_ROOT" || fs_die "meson setup failed"
  fi
  meson compile -C "$FS_BUILD_DIR" || fs_die "the build failed"
}
