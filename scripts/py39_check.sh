#!/usr/bin/env bash
# The core on Python 3.9 (what QGIS 3.22-3.28 ship on Windows and macOS), as root:
#
#     bash scripts/py39_check.sh [extra pytest arguments]
#
# Builds (once) a Debian 11 "bullseye" chroot with Python 3.9 and a venv of PyPI wheels
# (numpy<2.1, pandas<2.3, scipy<1.14, scikit-learn<1.7, shapely<2.1, pytest, hypothesis),
# bind-mounts this checkout read-only into it (../shared/data is copied in) and then
#   1. compiles every .py file of the plugin, scripts and tests with Python 3.9 (syntax),
#   2. imports every module of wijkaanpak_plugin/core (what runs at import, e.g. type aliases),
#   3. runs the unit tests that need no QGIS: pytest tests/unit -p no:qgis (modules that
#      import qgis are left out and listed).
# Exit status: non-zero when any of the three fails. Everything mounted is unmounted again,
# also on failure or Ctrl-C. Second runs reuse the chroot and start in seconds.
#
# Environment: PY39_ROOT (default /work/.cache/py39, outside the repository), PY39_MIRROR
# (default: the first Debian archive URL of this machine's apt sources), CI (passed on: tests
# that need ../shared/data fail under CI=true instead of skipping).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="${PY39_ROOT:-/work/.cache/py39}"
VENV=/opt/py39-venv
REQUIREMENTS=("numpy<2.1" "pandas<2.3" "scipy<1.14" "scikit-learn<1.7" "shapely<2.1" "pytest" "hypothesis")
INSIDE_REPO=/work/main
INSIDE_SHARED=/work/shared
SHARED="$(dirname "$REPO")/shared"

say() { printf 'py39_check: %s\n' "$*"; }
die() { say "$*" >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mount need it)"

mirror() {
    if [ -n "${PY39_MIRROR:-}" ]; then echo "$PY39_MIRROR"; return; fi
    local url=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        url="$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' \
            /etc/apt/sources.list.d/debian.sources | grep -v security | head -n1)"
    fi
    if [ -z "$url" ] && [ -f /etc/apt/sources.list ]; then
        url="$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list)"
    fi
    echo "${url:-http://deb.debian.org/debian}"
}

# ------------------------------------------------------------------ mounts, always undone
MOUNTED=()
mount_in() {  # mount_in <mount args...> <target>: remember the target for the cleanup
    local target="${*: -1}"
    mount "$@"
    MOUNTED+=("$target")
}
cleanup() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null \
            || say "could not unmount ${MOUNTED[$i]}" >&2
    done
    MOUNTED=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$(dirname "$ROOT")"
exec 9>"$ROOT.lock"
flock -w 1800 9 || die "another py39_check holds $ROOT.lock"

# A mount left behind by a run that was killed hard: do not mount twice.
if mountpoint -q "$ROOT$INSIDE_REPO" 2>/dev/null || mountpoint -q "$ROOT/proc" 2>/dev/null; then
    for stale in "$ROOT$INSIDE_REPO" "$ROOT/dev/pts" "$ROOT/dev" "$ROOT/proc"; do
        mountpoint -q "$stale" 2>/dev/null && umount -l "$stale"
    done
fi

# ------------------------------------------------------------------ 1. the chroot (once)
if [ ! -f "$ROOT/.py39-base-ok" ]; then
    command -v debootstrap >/dev/null || {
        say "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null
    }
    rm -rf "$ROOT"
    say "debootstrap bullseye into $ROOT from $(mirror) (about a minute)"
    debootstrap --variant=minbase bullseye "$ROOT" "$(mirror)" >"$ROOT.debootstrap.log" 2>&1 \
        || die "debootstrap failed: see $ROOT.debootstrap.log"
    touch "$ROOT/.py39-base-ok"
fi

mount_in -t proc proc "$ROOT/proc"
mount_in --bind /dev "$ROOT/dev"
mount_in --bind /dev/pts "$ROOT/dev/pts"

# A clean environment inside, except what pip needs to reach PyPI (PIP_*, proxies, CA bundle).
PASS=()
while IFS='=' read -r name _; do
    case "$name" in
        PIP_* | http_proxy | https_proxy | no_proxy | HTTP_PROXY | HTTPS_PROXY | NO_PROXY | \
            SSL_CERT_FILE | REQUESTS_CA_BUNDLE) PASS+=("$name=${!name}") ;;
    esac
done < <(env)
in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${PASS[@]}" "$@"; }

if [ ! -f "$ROOT/.py39-apt-ok" ]; then
    say "apt-get install python3 python3-venv ca-certificates (inside)"
    in_root apt-get update -q >/dev/null
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        python3 python3-venv ca-certificates >/dev/null
    touch "$ROOT/.py39-apt-ok"
fi
# pip needs the host's CA bundle and pip.conf; copied after ca-certificates is installed
# inside (that package overwrites the bundle).
cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$ROOT/etc/pip.conf"

STAMP="$ROOT$VENV/.requirements"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "${REQUIREMENTS[*]}" ]; then
    say "venv with ${REQUIREMENTS[*]} (inside, from PyPI)"
    in_root /usr/bin/python3 -m venv "$VENV"
    in_root "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    in_root "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
        --only-binary=:all: "${REQUIREMENTS[@]}"
    echo "${REQUIREMENTS[*]}" >"$STAMP"
fi

# ------------------------------------------------------------------ 2. the checkout, read-only
mkdir -p "$ROOT$INSIDE_REPO"
mount_in --bind "$REPO" "$ROOT$INSIDE_REPO"
mount -o remount,bind,ro "$ROOT$INSIDE_REPO"
# ../shared/data is copied in (14 MB), not mounted: sqlite opens its WAL-mode GeoPackages
# read-write (-shm files), which a read-only mount refuses, and the originals stay untouched.
if mountpoint -q "$ROOT$INSIDE_SHARED" 2>/dev/null; then
    die "$ROOT$INSIDE_SHARED is a mount point: unmount it first"
fi
rm -rf "$ROOT$INSIDE_SHARED"
if [ -d "$SHARED/data" ]; then
    mkdir -p "$ROOT$INSIDE_SHARED"
    cp -a "$SHARED/data" "$ROOT$INSIDE_SHARED/data"
    chmod -R u+w "$ROOT$INSIDE_SHARED"
fi

PY=("$VENV/bin/python")
run_py() { in_root env PYTHONDONTWRITEBYTECODE=1 CI="${CI:-}" "${PY[@]}" "$@"; }

say "$(run_py -c 'import sys, numpy, pandas, scipy, sklearn, shapely; print("Python", sys.version.split()[0], "numpy", numpy.__version__, "pandas", pandas.__version__, "scipy", scipy.__version__, "scikit-learn", sklearn.__version__, "shapely", shapely.__version__)')"

status=0
say "1/3 compile every .py file with Python 3.9"
run_py - "$INSIDE_REPO" <<'EOF' || status=1
import sys
from pathlib import Path

repo = Path(sys.argv[1])
files = [repo / "__init__.py"]
for folder in ("wijkaanpak_plugin", "processing_algorithms", "scripts", "tests"):
    files += sorted((repo / folder).rglob("*.py"))
bad = 0
for path in files:
    try:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    except SyntaxError as error:
        bad += 1
        print(f"  {path.relative_to(repo)}:{error.lineno}: {error.msg}")
print(f"  {len(files)} files, {bad} with a syntax error")
sys.exit(1 if bad else 0)
EOF

say "2/3 import every core module with Python 3.9"
run_py - "$INSIDE_REPO" <<'EOF' || status=1
import importlib
import os
import sys
import tempfile
import traceback
from pathlib import Path

repo = Path(sys.argv[1])
# the checkout is the package "wijkaanpak" (as tests/conftest.py does it)
link_parent = Path(tempfile.mkdtemp())
(link_parent / "wijkaanpak").symlink_to(repo, target_is_directory=True)
sys.path.insert(0, str(link_parent))
bad = 0
modules = sorted((repo / "wijkaanpak_plugin" / "core").glob("*.py"))
for path in modules:
    name = "wijkaanpak.wijkaanpak_plugin.core." + path.stem
    try:
        importlib.import_module(name.replace(".__init__", ""))
    except Exception:
        bad += 1
        print(f"  {name}:\n" + traceback.format_exc(limit=3))
print(f"  {len(modules)} core modules, {bad} failed to import")
sys.exit(1 if bad else 0)
EOF

say "3/3 unit tests without QGIS (pytest tests/unit -p no:qgis)"
IGNORE=()
SKIPPED=()
for test_file in "$REPO"/tests/unit/test_*.py; do
    if grep -Eq '^[[:space:]]*(import qgis|from qgis)' "$test_file"; then
        IGNORE+=("--ignore=$INSIDE_REPO/tests/unit/$(basename "$test_file")")
        SKIPPED+=("$(basename "$test_file")")
    fi
done
[ ${#SKIPPED[@]} -eq 0 ] || say "left out (they import qgis): ${SKIPPED[*]}"
in_root env PYTHONDONTWRITEBYTECODE=1 CI="${CI:-}" TMPDIR=/tmp sh -c \
    'cd "$0" && exec "$@"' "$INSIDE_REPO" \
    "${PY[@]}" -m pytest tests/unit -p no:qgis -p no:cacheprovider -q \
    "${IGNORE[@]}" "$@" || status=1

if [ "$status" -eq 0 ]; then say "OK on Python 3.9"; else say "FAILED on Python 3.9"; fi
exit "$status"
