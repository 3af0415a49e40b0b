#!/usr/bin/env bash
# Installs Tryton 6.0 from the Debian 12 packages: the server, the modules the sales flow needs,
# and proteus (used by tryton-setup.py). The caller runs `apt-get update` first.
set -euo pipefail

packages=(
    tryton-server
    tryton-modules-company
    tryton-modules-party
    tryton-modules-product
    tryton-modules-currency
    tryton-modules-country
    tryton-modules-account
    tryton-modules-account-product
    tryton-modules-account-invoice
    tryton-modules-account-invoice-stock
    tryton-modules-stock
    tryton-modules-sale
    tryton-proteus
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "tryton-install.sh: apt-get install failed (run apt-get update first?)" >&2
    exit 1
fi
rm -f "$log"
# The Debian package starts a system trytond; the tests run their own on a private port.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet tryton-server 2>/dev/null; then
    "${sudo_cmd[@]}" systemctl stop tryton-server >/dev/null 2>&1 || true
fi
