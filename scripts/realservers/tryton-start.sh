#!/usr/bin/env bash
# Starts a throwaway Tryton 6.0 server for the real-server tests.
#
#   tryton-start.sh DIR PORT
#
# PORT 0 picks a free port. DIR gets trytond.conf, the SQLite database backroom.sqlite, trytond.log, trytond.pid and
# api.env (TRYTON_URL, TRYTON_DATABASE, TRYTON_USER, TRYTON_PASSWORD for the tests). The admin
# password is read from $TRYTONPASSFILE (generated into DIR/admin.pass when unset); the API
# user's password from $TRYTON_API_PASSWORD (generated when unset).
#
# The first start initialises and seeds a database (tryton-setup.py) and keeps it as a template
# in $TRYTON_TEMPLATE_DIR (default ~/.cache/backroom/tryton); later starts copy the template.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 DIR PORT" >&2; exit 2; }
dir=$(mkdir -p "$1" && cd "$1" && pwd)
port=$2
here=$(cd "$(dirname "$0")" && pwd)
db=backroom
api_login=backroom
py=/usr/bin/python3   # Debian's python: it sees the python3-trytond modules

if [ ! -x /usr/bin/trytond ] || ! "$py" -c 'import trytond.modules.sale, proteus' >/dev/null 2>&1; then
    echo "Tryton is not installed: run scripts/realservers/tryton-install.sh (after apt-get update)." >&2
    exit 3
fi

"$here/tryton-stop.sh" "$dir"

if [ "$port" = 0 ]; then
    port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi

gen_password() { "$py" -c 'import secrets; print(secrets.token_urlsafe(18))'; }
if [ -z "${TRYTONPASSFILE:-}" ]; then
    export TRYTONPASSFILE="$dir/admin.pass"
    [ -s "$TRYTONPASSFILE" ] || (umask 077 && gen_password > "$TRYTONPASSFILE")
fi
admin_password=$(head -n1 "$TRYTONPASSFILE")
api_password=${TRYTON_API_PASSWORD:-$(gen_password)}

cat > "$dir/trytond.conf" <<CONF
[database]
uri = sqlite://
path = $dir

[web]
listen = 127.0.0.1:$port
CONF

log="$dir/trytond.log"
: > "$log"

version=$(dpkg-query -W -f='${Version}' tryton-server tryton-modules-sale | tr -d '\n')
# Bump "init-1" when the trytond-admin command line below changes.
key=$(printf '%s init-1\n' "$version" | cat - "$here/tryton-setup.py" | sha256sum | cut -c1-16)
cache=${TRYTON_TEMPLATE_DIR:-$HOME/.cache/backroom/tryton}
template="$cache/template-$key.sqlite"

if [ ! -s "$template" ]; then
    build="$dir/build"
    rm -rf "$build" && mkdir -p "$build"
    sed "s#^path = .*#path = $build#" "$dir/trytond.conf" > "$build/trytond.conf"
    : > "$build/$db.sqlite"
    if ! {
        /usr/bin/trytond-admin -c "$build/trytond.conf" -d "$db" --all -u sale account_invoice_stock \
            --activate-dependencies --email admin@example.invalid &&
        TRYTON_API_PASSWORD="$(gen_password)" "$py" "$here/tryton-setup.py" "$build/trytond.conf" "$db" "$api_login"
    } >>"$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "tryton-start.sh: initialising the database failed (log: $log)" >&2
        exit 1
    fi
    mkdir -p "$cache"
    cp "$build/$db.sqlite" "$template.tmp.$$" && mv "$template.tmp.$$" "$template"
    rm -rf "$build"
fi
cp "$template" "$dir/$db.sqlite"

# Passwords are set on the copy: the template is shared, the passwords are not.
ADMIN_PW="$admin_password" API_PW="$api_password" "$py" - "$dir/$db.sqlite" "$api_login" <<'PY' >>"$log" 2>&1
import os, sqlite3, sys
from passlib.context import CryptContext
ctx = CryptContext(schemes=['pbkdf2_sha512'])
con = sqlite3.connect(sys.argv[1])
for login, env in (('admin', 'ADMIN_PW'), (sys.argv[2], 'API_PW')):
    cur = con.execute('UPDATE res_user SET password_hash=? WHERE login=?', (ctx.hash(os.environ[env]), login))
    assert cur.rowcount == 1, login
con.commit()
PY

(umask 077 && cat > "$dir/api.env" <<ENV
TRYTON_URL=http://127.0.0.1:$port/
TRYTON_DATABASE=$db
TRYTON_USER=$api_login
TRYTON_PASSWORD=$api_password
ENV
)

setsid /usr/bin/trytond -c "$dir/trytond.conf" >>"$log" 2>&1 < /dev/null &
echo $! > "$dir/trytond.pid"

for _ in $(seq 1 150); do
    if curl -s -m 2 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"method":"common.server.version","params":[],"id":1}' "http://127.0.0.1:$port/" | grep -q 200; then
        exit 0
    fi
    if ! kill -0 "$(cat "$dir/trytond.pid")" 2>/dev/null; then
        tail -n 40 "$log" >&2
        echo "tryton-start.sh: trytond exited during start (log: $log)" >&2
        exit 1
    fi
    sleep 0.2
done
tail -n 40 "$log" >&2
echo "tryton-start.sh: trytond did not answer on 127.0.0.1:$port within 30 s (log: $log)" >&2
"$here/tryton-stop.sh" "$dir"
exit 1
