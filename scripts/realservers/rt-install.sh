#!/usr/bin/env bash
# Installs Request Tracker 5 (Debian 12 packages) with SQLite support, unattended.
# The caller runs `apt-get update` first. Safe to run again: does nothing when installed.
# No system database and no web-server configuration are set up: scripts/realservers/rt-start.sh
# creates a throwaway database per run and serves it with rt-server.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
PACKAGES=(request-tracker5 rt5-db-sqlite libdbd-sqlite3-perl sqlite3 curl)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

# Preseed: SQLite, but let dbconfig-common create no system database (each run makes its own);
# no cron jobs; no questions.
$SUDO debconf-set-selections <<'SEL'
request-tracker5 request-tracker5/dbconfig-install boolean false
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/rtname string backroom-test
request-tracker5 request-tracker5/organization string backroom.test
request-tracker5 request-tracker5/correspondaddress string rt@backroom.test
request-tracker5 request-tracker5/commentaddress string rt-comment@backroom.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/initial-root-password password
SEL
log=$(mktemp)
if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -q \
     --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "rt-install.sh: installing ${missing[*]} failed (see above)." >&2
  exit 1
fi
rm -f "$log"
