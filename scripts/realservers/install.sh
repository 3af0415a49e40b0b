#!/usr/bin/env bash
# Installs the real servers the test suite runs against (label "realserver"): Request Tracker 5
# and Tryton 6.0 from the Debian 12 packages. Does nothing when both are installed.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
need_update=0
for p in request-tracker5 rt5-db-sqlite tryton-server tryton-modules-sale tryton-proteus; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_update=1
done
if [ "$need_update" = 1 ]; then
  $SUDO apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null
fi
bash ./rt-install.sh
bash ./tryton-install.sh
