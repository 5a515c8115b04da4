#!/usr/bin/env bash
# One timed stage of `make test`, and the closing summary.
#
#   scripts/stage.sh NAME CMD...   run CMD; a header and a footer name the Debian, QGIS and
#                                  Python it runs on and the time it took; one line is added
#                                  to the stage log
#   scripts/stage.sh --reset       start a new stage log
#   scripts/stage.sh --summary     print the stage log as a table; exit 1 if a stage failed
#
# WIJK_STAGES: the stage log (default out/test/stages.tsv); WIJK_STAGE_PLATFORM: what to show
# instead of this machine's Debian/QGIS/Python. WIJK_KEEP_GOING=1: a failed stage
# is recorded and the next one runs (the summary fails the run); Ctrl-C always stops.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOG="${WIJK_STAGES:-$REPO/out/test/stages.tsv}"

platform() {
  if [ -n "${WIJK_STAGE_PLATFORM:-}" ]; then
    printf '%s' "$WIJK_STAGE_PLATFORM"
    return
  fi
  local debian qgis python
  debian="Debian $(cut -d. -f1 /etc/debian_version 2>/dev/null || echo '?')"
  [ -n "${WIJK_CHROOT:-}" ] && debian="$debian chroot"
  qgis=$(dpkg-query -W -f='${Version}' python3-qgis 2>/dev/null | sed 's/[+~-].*//')
  python=$(/usr/bin/python3 -c 'import platform; print(platform.python_version())' 2>/dev/null)
  printf '%s · QGIS %s · Python %s' "$debian" "${qgis:-none}" "${python:-?}"
}

case "${1:-}" in
  --reset)
    mkdir -p "$(dirname "$LOG")"
    : >"$LOG"
    date +%s >"$LOG.start"
    exit 0
    ;;
  --summary)
    [ -f "$LOG" ] || { echo "no stage log at $LOG" >&2; exit 1; }
    echo
    echo "================================ make test: stages ================================"
    awk -F'\t' '{printf "  %-6s %5s s  %-28s %s\n", $1, $2, $3, $4}' "$LOG"
    failed=$(awk -F'\t' '$1 != "ok"' "$LOG" | wc -l)
    if [ -f "$LOG.start" ]; then
      wall=$(($(date +%s) - $(cat "$LOG.start")))
      printf '  %d min %02d s from start to end (load now: %s)\n' $((wall / 60)) $((wall % 60)) \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    fi
    if [ "$failed" -gt 0 ]; then
      echo "  $failed stage(s) FAILED"
      exit 1
    fi
    echo "  every stage passed"
    exit 0
    ;;
  "" | -*)
    sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
    ;;
esac

name=$1
shift
where=$(platform)
echo
echo "▶▶ $name  [$where]  $(date '+%H:%M:%S')"
started=$(date +%s)
"$@"
status=$?
seconds=$(($(date +%s) - started))
if [ "$status" -eq 0 ]; then result=ok; else result=FAILED; fi
echo "◀◀ $name: $result in $seconds s  [$where]"
mkdir -p "$(dirname "$LOG")"
printf '%s\t%s\t%s\t%s\n' "$result" "$seconds" "$name" "$where" >>"$LOG"
if [ "$status" -eq 130 ] || [ "$status" -eq 143 ]; then
  exit "$status" # interrupted: stop the whole run
fi
if [ "$status" -ne 0 ] && [ "${WIJK_KEEP_GOING:-}" != 1 ]; then
  exit "$status"
fi
exit 0
