#!/usr/bin/env bash
# `make test`: the whole suite on this machine's Debian and on the other supported Debian,
# plus the core on Python 3.9. As root. Three jobs run side by side:
#
#   - here, with its output live: the stages on this Debian (`make stages`: lint, bench
#     smoke, unit, QGIS, qgis_process, desktop under Xvfb);
#   - in the background: the other Debian's chroot is built or reused (scripts/chroot.sh),
#     its test venv brought up to date, then the same stages run inside it, offline (a
#     network namespace of its own, so its Xvfb never meets an X server of the host);
#     output in out/test/<suite>.log, shown when it is done;
#   - in the background: the core on Python 3.9 (scripts/py39_check.sh, a Debian 11
#     chroot); output in out/test/py39.log, shown when it is done.
#
# The two bench smokes share out/bench/ and take turns (a lock in out/test/); the chroot runs
# its bench last, the host first, so they rarely wait. Everything else overlaps. Every
# stage runs even when an earlier one failed; the table at the end (scripts/stage.sh
# --summary) lists each stage with its time and where it ran, and fails if any stage failed.
#
# Environment: VENV (the host's venv, default .venv), CHROOT_VENV (default
# /opt/wijkaanpak/venv), WIJK_CACHE (chroots, default /var/cache/wijkaanpak; PY39_ROOT
# defaults to $WIJK_CACHE/py39).
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

# The other Debian, start to end (runs as a background job).
other_debian() {
  local suite=$1
  "${STAGE[@]}" "chroot $suite: build or reuse" bash scripts/chroot.sh build "$suite"
  if [ ! -f "$WIJK_CHROOT_CACHE/$suite/.wijkaanpak-stamp" ]; then
    return 0 # the failed build is in the table
  fi
  # online: the test tools of requirements-dev.txt (pip, only when that file changed)
  bash scripts/chroot.sh run "$suite" -- make --no-print-directory venv VENV="$CHROOT_VENV" \
    || "${STAGE[@]}" "chroot $suite: test venv" false
  bash scripts/chroot.sh run --offline "$suite" -- \
    env WIJK_KEEP_GOING=1 RUFF_CACHE_DIR=/tmp/ruff-cache \
    make --no-print-directory stages VENV="$CHROOT_VENV" \
    STAGES="lint unit qgis qgis_process desktop bench" \
    || "${STAGE[@]}" "chroot $suite: run" false
}

if [ "${1:-}" = "_other" ]; then
  other_debian "$2"
  exit 0
fi

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

setsid bash scripts/test_all.sh _other "$other" >"$LOGS/$other.log" 2>&1 &
chroot_job=$!
jobs_started+=("$chroot_job")
WIJK_STAGE_PLATFORM="Debian 11 chroot · no QGIS · Python 3.9" \
  setsid "${STAGE[@]}" "core on Python 3.9" bash scripts/py39_check.sh >"$LOGS/py39.log" 2>&1 &
py39_job=$!
jobs_started+=("$py39_job")
echo "Running side by side: this Debian (below), the $other chroot (out/test/$other.log) and" \
  "Python 3.9 (out/test/py39.log); their output follows when they are done."

make --no-print-directory stages VENV="$VENV"

for job in chroot:"$chroot_job":"$LOGS/$other.log" py39:"$py39_job":"$LOGS/py39.log"; do
  IFS=: read -r name pid log <<<"$job"
  wait "$pid"
  echo
  echo "================================ $name: $(basename "$log") ================================"
  cat "$log"
done
trap - EXIT INT TERM
"${STAGE[@]}" --summary
