#!/usr/bin/env bash
# The other supported Debian in a chroot, for `make test` (Debian 12 host: Debian 13 / QGIS 3.40;
# Debian 13 host: Debian 12 / QGIS 3.22). As root.
#
#   scripts/chroot.sh other                 the suite of the other supported Debian
#   scripts/chroot.sh build [SUITE]         build the chroot, or reuse the cached one
#   scripts/chroot.sh run [--offline] [SUITE] -- CMD..
#                                           run CMD inside it, the checkout bind-mounted at
#                                           its own path, as the working directory;
#                                           --offline: no network, own X display numbers
#   scripts/chroot.sh path [SUITE]          where the chroot lives
#   scripts/chroot.sh clean                 remove every cached chroot (also $PY39_ROOT)
#
# Cache: $WIJK_CHROOT_CACHE (default /var/cache/wijkaanpak/chroot), outside the checkout, so a
# clean clone on the same machine finds it. A chroot is rebuilt only when its stamp changes: a
# hash of the suite, the archive, this script's BUILD_REV and the package list (the packages of
# scripts/install_system.sh plus EXTRA_PKGS below).
#
# Mounts (proc, /dev, /dev/pts, /dev/shm, a fresh /tmp, the checkout, ../shared/data) are made
# in a private mount namespace (unshare) and unmounted by a trap on exit, failure or Ctrl-C;
# if the trap is ever skipped (kill -9), they vanish with the namespace anyway and were never
# visible outside it.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${WIJK_CHROOT_CACHE:-/var/cache/wijkaanpak/chroot}"
BUILD_REV=1 # raise to force a rebuild of every cached chroot
# What the chroot needs on top of the plugin's own packages: make/git for `make`, fonts the
# styles and the desktop render with (the styles name Arial: fonts-liberation is its metric
# twin; DejaVu is what QGIS falls back to), CA certificates for pip.
EXTRA_PKGS=(make git ca-certificates fonts-dejavu-core fonts-liberation fonts-open-sans
            python3-pip)
VENV_IN_CHROOT=/opt/wijkaanpak/venv

log() { printf '[chroot] %s\n' "$*" >&2; }
die() { printf '[chroot] error: %s\n' "$*" >&2; exit 1; }

host_codename() { . /etc/os-release && printf '%s\n' "${VERSION_CODENAME:-}"; }

other_suite() {
  case "$(host_codename)" in
    bookworm) echo trixie ;;
    trixie) echo bookworm ;;
    *) die "host is $(host_codename); supported hosts are Debian 12 (bookworm) and 13 (trixie)" ;;
  esac
}

# The host's Debian archive (deb822 or one-line format); the same archive serves both suites.
mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ && $0 ~ /debian/ {
                 for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' \
          /etc/apt/sources.list)
  fi
  printf '%s\n' "${uri:-http://deb.debian.org/debian}"
}

packages() {
  { bash "$REPO/scripts/install_system.sh" --list; printf '%s\n' "${EXTRA_PKGS[@]}"; } | sort -u
}

stamp() {
  local suite=$1
  { echo "rev=$BUILD_REV suite=$suite mirror=$(mirror)"; packages; } | sha256sum | cut -c1-16
}

root_of() { printf '%s/%s\n' "$CACHE" "$1"; }

# Refuse to delete a directory that has anything mounted under it (in this namespace).
assert_unmounted() {
  local dir=$1
  if awk -v d="$dir" '$2 == d || index($2, d "/") == 1 {found = 1} END {exit !found}' /proc/mounts
  then
    die "$dir still has mounts (see /proc/mounts); not touching it"
  fi
}

# How to unshare the mount namespace so that nothing mounted for the chroot shows outside it.
# Normally: make every mount private (unshare's default). Inside a chroot (the Debian 13 host
# direction was tested from inside the Debian 13 chroot) "/" is not a mount point and cannot
# be made private; then the chroot must sit on a mount that is private already.
propagation() {
  local root=$1 prop
  if mountpoint -q /; then
    echo private
    return
  fi
  prop=$(findmnt -n -o PROPAGATION --target "$root" 2>/dev/null || true)
  [ "$prop" = private ] \
    || die "/ is not a mount point (a chroot?): put WIJK_CACHE on a private mount, e.g. a tmpfs"
  echo unchanged
}

# ----------------------------------------------------------------------- inside the namespace
MOUNTED=()
cleanup_mounts() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null || true
  done
  MOUNTED=()
}

mount_into() { # mount_into ROOT: the mounts every chroot command needs
  local root=$1
  trap 'cleanup_mounts' EXIT
  trap 'cleanup_mounts; exit 130' INT
  trap 'cleanup_mounts; exit 143' TERM
  mount -t proc proc "$root/proc" && MOUNTED+=("$root/proc")
  mount --bind /sys "$root/sys" && MOUNTED+=("$root/sys")
  mount -o remount,bind,ro "$root/sys" 2>/dev/null || true
  mount --bind /dev "$root/dev" && MOUNTED+=("$root/dev")
  mount --bind /dev/pts "$root/dev/pts" && MOUNTED+=("$root/dev/pts")
  mkdir -p "$root/dev/shm"
  mount -t tmpfs -o mode=1777 shm "$root/dev/shm" && MOUNTED+=("$root/dev/shm")
  mount -t tmpfs -o mode=1777 tmp "$root/tmp" && MOUNTED+=("$root/tmp")
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

in_chroot() { # in_chroot ROOT CMD...: a clean environment plus the host's pip settings
  local root=$1
  shift
  local -a envs=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                 HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive
                 WIJK_CHROOT="$(basename "$root")")
  local name
  while IFS= read -r name; do
    # a local wheel folder of the host (PIP_FIND_LINKS=/opt/wheels) does not exist inside
    if [ "$name" = PIP_FIND_LINKS ] && [[ ${!name} == /* ]] && [ ! -e "$root${!name}" ]; then
      continue
    fi
    envs+=("$name=${!name}")
  done < <(compgen -e | grep -E '^(PIP_[A-Z_]+|CI|WIJK_(STAGES|KEEP_GOING)|https?_proxy|no_proxy|HTTPS?_PROXY|NO_PROXY)$' || true)
  chroot "$root" /usr/bin/env -i "${envs[@]}" "$@"
}

# Copy the host's CA bundle and pip configuration in (after apt installed ca-certificates,
# which would overwrite the bundle).
copy_pip_settings() {
  local root=$1
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    mkdir -p "$root/etc/ssl/certs"
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  fi
  if [ -f /etc/pip.conf ]; then
    cp -L /etc/pip.conf "$root/etc/pip.conf"
  fi
}

ns_build() { # ns_build SUITE NEWROOT: runs inside a private mount namespace
  local suite=$1 root=$2
  mount_into "$root"
  log "apt-get install in $suite: $(packages | tr '\n' ' ')"
  # no package may start a service in the chroot (postgresql would start its cluster and
  # keep the chroot's mounts alive): the standard policy-rc.d answer "not now"
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  in_chroot "$root" apt-get update -qq
  # shellcheck disable=SC2046
  in_chroot "$root" apt-get install -y -qq --no-install-recommends $(packages) >/dev/null
  in_chroot "$root" apt-get clean
  copy_pip_settings "$root"
  in_chroot "$root" /usr/bin/python3 -m venv --system-site-packages "$VENV_IN_CHROOT"
  local qgis
  qgis=$(in_chroot "$root" /usr/bin/python3 -c \
    'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null || echo "?")
  log "built $suite: QGIS $qgis, $(in_chroot "$root" /usr/bin/python3 --version)"
  cleanup_mounts
}

ns_run() { # ns_run ROOT CMD...: runs inside a private mount namespace
  local root=$1
  shift
  # --offline: a network namespace of its own, only loopback. Its X servers (Xvfb) then never
  # meet the host's: X's abstract sockets are per network namespace, and xvfb-run -a inside
  # cannot see the host's /tmp/.X*-lock files.
  if [ "$(readlink /proc/self/ns/net)" != "$(readlink /proc/1/ns/net)" ]; then
    ip link set lo up 2>/dev/null || true
  fi
  mount_into "$root"
  mkdir -p "$root$REPO"
  mount --bind "$REPO" "$root$REPO" && MOUNTED+=("$root$REPO")
  local shared
  shared="$(dirname "$REPO")/shared/data"
  if [ -d "$shared" ]; then
    mkdir -p "$root$shared"
    mount --bind "$shared" "$root$shared" && MOUNTED+=("$root$shared")
  fi
  copy_pip_settings "$root"
  local status=0
  in_chroot "$root" /bin/bash -c 'cd "$1" && shift && exec "$@"' _ "$REPO" "$@" || status=$?
  cleanup_mounts
  return "$status"
}

# ----------------------------------------------------------------------------- commands
build() {
  local suite=${1:-$(other_suite)}
  local root want
  root=$(root_of "$suite")
  want=$(stamp "$suite")
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.$suite.lock"
  flock 9
  if [ -f "$root/.wijkaanpak-stamp" ] && [ "$(cat "$root/.wijkaanpak-stamp")" = "$want" ]; then
    log "reusing $root (stamp $want)"
    return 0
  fi
  [ "$(id -u)" -eq 0 ] || die "building the $suite chroot needs root"
  command -v debootstrap >/dev/null || die "debootstrap missing: run \`make system\`"
  local started=$SECONDS new="$root.new"
  if [ -d "$root" ]; then
    log "package list changed (stamp $want): rebuilding $root"
    assert_unmounted "$root"
    rm -rf --one-file-system "$root"
  fi
  if [ -d "$new" ]; then
    assert_unmounted "$new"
    rm -rf --one-file-system "$new"
  fi
  log "debootstrap --variant=minbase $suite from $(mirror)"
  debootstrap --variant=minbase "$suite" "$new" "$(mirror)" >"$CACHE/$suite.debootstrap.log" 2>&1 \
    || die "debootstrap failed, see $CACHE/$suite.debootstrap.log"
  cat >"$new/etc/apt/sources.list" <<EOF
deb $(mirror) $suite main
deb $(mirror) $suite-updates main
deb $(mirror | sed 's#/debian/*$#/debian-security#') $suite-security main
EOF
  unshare --mount --propagation "$(propagation "$new")" -- \
    bash "$REPO/scripts/chroot.sh" _ns_build "$suite" "$new"
  echo "$want" >"$new/.wijkaanpak-stamp"
  mv "$new" "$root"
  log "built $root in $((SECONDS - started)) s"
}

run() {
  local suite net=()
  if [ "${1:-}" = "--offline" ]; then net=(--net); shift; fi
  if [ "${1:-}" = "--" ] || [ $# -eq 0 ]; then suite=$(other_suite); else suite=$1; shift; fi
  [ "${1:-}" = "--" ] && shift
  [ $# -gt 0 ] || die "run: no command"
  local root
  root=$(root_of "$suite")
  [ -f "$root/.wijkaanpak-stamp" ] || die "no $suite chroot: scripts/chroot.sh build $suite"
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.$suite.lock"
  flock -s 9 # several runs may share it; a rebuild waits for them
  exec unshare --mount "${net[@]}" --propagation "$(propagation "$root")" -- \
    bash "$REPO/scripts/chroot.sh" _ns_run "$root" "$@"
}

clean() { # every cached chroot of make test (and the Python 3.9 one), if nothing is mounted
  local dir
  for dir in "$CACHE"/* ${PY39_ROOT:+"$PY39_ROOT"}; do
    [ -d "$dir" ] || continue
    assert_unmounted "$dir"
    log "removing $dir"
    rm -rf --one-file-system "$dir"
  done
}

case "${1:-}" in
  other) other_suite ;;
  clean) clean ;;
  path) root_of "${2:-$(other_suite)}" ;;
  stamp) stamp "${2:-$(other_suite)}" ;;
  packages) packages ;;
  build) shift; build "$@" ;;
  run) shift; run "$@" ;;
  _ns_build) shift; ns_build "$@" ;;
  _ns_run) shift; ns_run "$@" ;;
  *) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
esac
