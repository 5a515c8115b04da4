#!/usr/bin/env bash
# `make test`: the whole suite on this machine's Debian and on the other supported Debian,
# plus the core on Python 3.9. As root.
#
#   1. in the background from the start: the Python 3.9 check (scripts/py39_check.sh, its own
#      Debian 11 chroot) and building or reusing the other Debian's chroot (scripts/chroot.sh);
#      their output goes to out/test/*.log and is shown when they are joined;
#   2. the stages on this Debian (`make stages`: lint, bench smoke, unit, QGIS, qgis_process,
#      desktop under Xvfb);
#   3. the same stages inside the chroot. Not at the same time as 2: both desktops would pick
#      the same X display number (the chroot has its own /tmp but shares the abstract X socket).
#   4. the table of stages (scripts/stage.sh --summary): fails if any stage failed.
#
# Every stage runs even when an earlier one failed. Environment: VENV (the host's venv,
# default .venv), CHROOT_VENV (default /opt/wijkaanpak/venv), WIJK_CACHE (chroots, default
# /var/cache/wijkaanpak; PY39_ROOT defaults to $WIJK_CACHE/py39).
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
export WIJK_CACHE="${WIJK_CACHE:-/var/cache/wijkaanpak}"
export WIJK_CHROOT_CACHE="${WIJK_CHROOT_CACHE:-$WIJK_CACHE/chroot}"
export PY39_ROOT="${PY39_ROOT:-$WIJK_CACHE/py39}"
export WIJK_STAGES="${WIJK_STAGES:-$REPO/out/test/stages.tsv}"
export WIJK_KEEP_GOING=1
VENV="${VENV:-.venv}"
CHROOT_VENV="${CHROOT_VENV:-/opt/wijkaanpak/venv}"
STAGE=(bash scripts/stage.sh)
LOGS="$REPO/out/test"
mkdir -p "$LOGS"

other=$(bash scripts/chroot.sh other) || exit 1
"${STAGE[@]}" --reset

# Each background job runs in its own process group (setsid), so it can be stopped as a
# whole: on Ctrl-C or any early exit its group gets SIGTERM, and the traps of py39_check.sh
# and chroot.sh unmount what they mounted.
jobs_started=()
stop_jobs() {
  local pid
  for pid in "${jobs_started[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null
  done
}
trap stop_jobs EXIT
trap 'stop_jobs; exit 130' INT TERM

WIJK_STAGE_PLATFORM="Debian 11 chroot · no QGIS · Python 3.9" \
  setsid "${STAGE[@]}" "core on Python 3.9" bash scripts/py39_check.sh >"$LOGS/py39.log" 2>&1 &
py39=$!
jobs_started+=("$py39")
setsid "${STAGE[@]}" "chroot $other: build or reuse" bash scripts/chroot.sh build "$other" \
  >"$LOGS/chroot-build.log" 2>&1 &
build=$!
jobs_started+=("$build")
echo "started in the background: Python 3.9 check (out/test/py39.log), $other chroot" \
  "(out/test/chroot-build.log)"

make --no-print-directory stages VENV="$VENV"

wait "$build"
cat "$LOGS/chroot-build.log"
if [ -f "$WIJK_CHROOT_CACHE/$other/.wijkaanpak-stamp" ]; then
  bash scripts/chroot.sh run "$other" -- \
    env WIJK_KEEP_GOING=1 make --no-print-directory stages VENV="$CHROOT_VENV" \
    || "${STAGE[@]}" "chroot $other: run" false
fi

wait "$py39"
cat "$LOGS/py39.log"
trap - EXIT INT TERM
"${STAGE[@]}" --summary
