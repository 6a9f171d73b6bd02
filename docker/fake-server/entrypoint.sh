#!/bin/sh
# Serves /data/users.csv when one is mounted there, else the bundled sample directory; any
# arguments given to `docker run IMAGE ...` are passed on to `phonelock fake-server`.
set -eu
if [ -e /data/users.csv ]; then
  set -- --directory /data/users.csv "$@"
fi
exec java -jar /opt/phonelock/phonelock.jar fake-server --bind 0.0.0.0 --port 8080 "$@"
