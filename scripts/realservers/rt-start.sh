#!/usr/bin/env bash
# Starts a throwaway Request Tracker 5 on 127.0.0.1:PORT with its own SQLite database under DIR.
# Usage: rt-start.sh DIR PORT     (PORT 0: a free port is picked)
# Leaves in DIR: rt.pid, port, url, rt.db, RT_SiteConfig.pm, token (an auth token for root),
# password (root's password), server.log. The queue "Backroom" and the ticket custom field
# "Backroom external id" (applied to it) exist. RT's time zone is America/New_York on purpose,
# so that tests notice a client that takes RT's dates for UTC.
# Safe to run again: a server already running from DIR is stopped first.
# Stop it with rt-stop.sh DIR. Needs scripts/realservers/rt-install.sh to have run.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: rt-start.sh DIR PORT" >&2; exit 2; fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
dir=$(cd "$1" && pwd)
port=$2
share=/usr/share/request-tracker5
if [ ! -x "$share/libexec/rt-server" ] || [ ! -x /usr/sbin/rt-setup-database ]; then
  echo "rt-start.sh: Request Tracker is not installed; run scripts/realservers/rt-install.sh (after apt-get update)." >&2
  exit 3
fi
"$here/rt-stop.sh" "$dir"
rm -rf "$dir/siteconfig.d" "$dir/rt.db" "$dir/token" "$dir/password" "$dir/port" "$dir/url" "$dir/server.log"
mkdir -p "$dir/siteconfig.d"
password=backroom-rt-root
if [ "$port" = "0" ]; then
  port=$(perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1", LocalPort => 0)->sockport')
fi

cat >"$dir/RT_SiteConfig.pm" <<CONF
Set(\$rtname, 'backroom-test');
Set(\$Organization, 'backroom.test');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $port);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$dir/rt.db');
Set(\$Timezone, 'America/New_York');
# Every REST2 request checks the token or password with bcrypt; RT's default cost (12) takes
# most of a second per request on a busy CI machine. Throwaway credentials need no such cost.
Set(\$BcryptCost, 4);
Set(\$LogToSTDERR, 'error');
Set(\$LogToSyslog, undef);
Set(\$LogToFile, undef);
Set(\$MailCommand, 'testfile');
Set(\$CorrespondAddress, 'rt\@backroom.test');
Set(\$CommentAddress, 'rt-comment\@backroom.test');
1;
CONF

cat >"$dir/initialdata" <<'DATA'
@Queues = ({ Name => 'Backroom', Description => 'Tickets raised by Backroom' });
@CustomFields = ({
    Name        => 'Backroom external id',
    Type        => 'FreeformSingle',
    LookupType  => 'RT::Queue-RT::Ticket',
    Queue       => ['Backroom'],
    Description => 'Dedup key of tickets raised by Backroom',
});
@Final = (sub {
    my $root = RT::User->new(RT->SystemUser);
    $root->Load('root');
    my ($ok, $msg) = $root->SetPassword($ENV{BACKROOM_RT_PASSWORD});
    die "root password: $msg" unless $ok;
    my $token = RT::AuthToken->new(RT->SystemUser);
    my ($id, $tmsg, $auth) = $token->Create(Owner => $root->id, Description => 'backroom tests');
    die "auth token: $tmsg" unless $id;
    open(my $fh, '>', $ENV{BACKROOM_RT_TOKEN_FILE}) or die "token file: $!";
    print $fh $auth;
    close($fh);
});
1;
DATA

export RT_SITE_CONFIG="$dir/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$dir/siteconfig.d"
export BACKROOM_RT_PASSWORD=$password BACKROOM_RT_TOKEN_FILE="$dir/token"

# A fresh database takes two RT start-ups (20-40 s); keep a pristine copy, keyed by the RT
# version and this script, and start later runs from it.
cache=${BACKROOM_RT_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/backroom-rt}
key=$( (dpkg-query -W -f='${Version}' request-tracker5; cat "$0") | sha256sum | cut -c1-16)
if [ -f "$cache/$key.db" ] && [ -f "$cache/$key.token" ]; then
  cp "$cache/$key.db" "$dir/rt.db"
  cp "$cache/$key.token" "$dir/token"
else
  if ! /usr/sbin/rt-setup-database --action init --skip-create >"$dir/setup.log" 2>&1 \
     || ! /usr/sbin/rt-setup-database --action insert --skip-create \
       --datafile "$dir/initialdata" >>"$dir/setup.log" 2>&1; then
    cat "$dir/setup.log" >&2
    echo "rt-start.sh: creating the database in $dir failed (see above)." >&2
    exit 1
  fi
  if mkdir -p "$cache" 2>/dev/null; then
    cp "$dir/token" "$cache/$key.token"
    cp "$dir/rt.db" "$cache/$key.db.tmp" && mv "$cache/$key.db.tmp" "$cache/$key.db"
  fi
fi
printf '%s' "$password" >"$dir/password"
printf '%s' "$port" >"$dir/port"
printf '%s' "http://127.0.0.1:$port" >"$dir/url"

setsid "$share/libexec/rt-server" --host 127.0.0.1 --port "$port" --max-workers 2 \
  >"$dir/server.log" 2>&1 </dev/null &
echo $! >"$dir/rt.pid"

token=$(cat "$dir/token")
for _ in $(seq 1 300); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: token $token" \
         "http://127.0.0.1:$port/REST/2.0/queues/all" || true)
  [ "$code" = "200" ] && exit 0
  if ! kill -0 "$(cat "$dir/rt.pid")" 2>/dev/null; then
    cat "$dir/server.log" >&2
    echo "rt-start.sh: rt-server exited before answering (see above)." >&2
    exit 1
  fi
  sleep 0.2
done
cat "$dir/server.log" >&2
echo "rt-start.sh: REST2 on 127.0.0.1:$port did not answer within 60 s." >&2
exit 1
