#!/bin/sh
# First command on a bare Debian 12/13 (no make, no git): installs make if missing, then runs
# the make target(s) given, e.g.  sh scripts/bootstrap.sh demo   or   sh scripts/bootstrap.sh test
# Run as root (or with sudo) from the plugin folder; without arguments it runs `make demo`.
set -eu
cd "$(dirname "$0")/.."
if ! command -v make >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "make is not installed: run this script as root (sudo sh scripts/bootstrap.sh $*)" >&2
        exit 1
    fi
    echo "Installing make (apt-get install make)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq make >/dev/null
fi
if [ "$#" -eq 0 ]; then
    set -- demo
fi
exec make "$@"
