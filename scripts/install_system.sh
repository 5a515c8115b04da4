#!/usr/bin/env bash
# Install the Debian packages Wijkaanpak needs (Debian 12 bookworm or 13 trixie).
# Idempotent: only missing packages are installed, so a second run takes a second.
#   --list   print the package list (scripts/chroot.sh installs the same in the other Debian)
set -euo pipefail
# debootstrap builds the chroots of `make test` (the other supported Debian; Debian 11 for
# Python 3.9). postgresql and postgresql-postgis (PostgreSQL 15 / PostGIS 3.3 on Debian 12,
# 17 / 3.5 on Debian 13) are for the tests of the shared PostGIS inventory: they start a
# throw-away server of their own (tests/qgis/postgis_server.py), never the system's.
PKGS=(qgis python3-qgis qgis-providers python3-pandas python3-sklearn python3-scipy
      python3-shapely python3-pytest python3-hypothesis python3-venv xvfb xauth pyqt5-dev-tools
      qttools5-dev-tools zip debootstrap poppler-utils postgresql postgresql-postgis)
if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${PKGS[@]}"
  exit 0
fi
missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "Debian packages: all ${#PKGS[@]} in place."
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "These packages are missing and installing them needs root: ${missing[*]}" >&2
  echo "Run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
