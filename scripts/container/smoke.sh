#!/usr/bin/env bash
# Builds the Dockerfile with podman and checks the image as a team would run it: it refuses 0.0.0.0 without sign-in,
# runs as the unprivileged node user, answers /api/health with PostgreSQL, lets a trusted proxy's user in and nobody
# else, and stops cleanly. Needs podman (and, where Docker Hub is out of reach, scripts/container/debian-base.sh first)
# and PostgreSQL on 127.0.0.1:5432. Not part of `npm test`: the image build alone takes about ten minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
runtime=${PODMAN_RUNTIME:-runc}
# Limits no higher than the machine's own: a container runtime without CAP_SYS_RESOURCE cannot raise them.
limits=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=1000:1000)
podman() { command podman --runtime "$runtime" "$@"; }
podman build "${limits[@]}" --network host -t localhost/log-doctor:smoke .

podman run --rm "${limits[@]}" localhost/log-doctor:smoke >/tmp/log-doctor-smoke-refusal.txt 2>&1 && { echo "FAIL: started on 0.0.0.0 without sign-in"; exit 1; }
grep -q "LOG_DOCTOR_AUTH" /tmp/log-doctor-smoke-refusal.txt || { echo "FAIL: the refusal does not say what to set"; exit 1; }
[ "$(podman run --rm "${limits[@]}" localhost/log-doctor:smoke id -u)" = 1000 ] || { echo "FAIL: not running as uid 1000"; exit 1; }

schema=log_doctor_smoke
psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema;"
port=3999
podman rm -f log-doctor-smoke >/dev/null 2>&1 || true
podman run -d --name log-doctor-smoke --network host "${limits[@]}" -e PORT=$port -e LOG_DOCTOR_AUTH=proxy \
  -e LOG_DOCTOR_TRUSTED_PROXIES=127.0.0.1 -e LOG_DOCTOR_ALLOWED_HOSTS=127.0.0.1:$port \
  -e "DATABASE_URL=postgres://postgres@127.0.0.1:5432/test?options=-c%20search_path%3D$schema" localhost/log-doctor:smoke >/dev/null
trap 'podman rm -f log-doctor-smoke >/dev/null 2>&1; psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS '$schema' CASCADE;" 2>/dev/null' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null http://127.0.0.1:$port/api/health && break; sleep 1; done
curl -sf http://127.0.0.1:$port/api/health | grep -q '"database":"postgresql"' || { echo "FAIL: health"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/diagnose/demo)" = 401 ] || { echo "FAIL: a request without the proxy's user got in"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Email: ana@example.com' http://127.0.0.1:$port/diagnose/demo)" = 200 ] || { echo "FAIL: the proxy's user was refused"; exit 1; }
podman stop -t 15 log-doctor-smoke >/dev/null
echo "container smoke: built, refused 0.0.0.0 without sign-in, uid 1000, health on PostgreSQL, proxy user 200, stranger 401, stopped (exit $(podman inspect log-doctor-smoke --format '{{.State.ExitCode}}'))"
