#!/bin/sh
# Playwright drives Debian's Chromium (its own browser download does not work here): install it when missing.
set -e
[ -x /usr/bin/chromium ] && exit 0
echo "Installing Debian's chromium for the browser tests…"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y chromium >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y chromium >/dev/null; }
