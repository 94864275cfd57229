# Sourced by .ci/run: a real PostgreSQL from Debian's packages for the store tests (issue 14), never a mock. Installs
# it where missing, creates and starts a cluster where none runs, and exports LOG_DOCTOR_TEST_DATABASE_URL for a
# database the tests may create schemas in. The role's password only guards a loopback test server that CI throws away.
ci_postgres() {
  local sudo="" as_postgres
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ "$(id -u)" -eq 0 ]; then as_postgres=(runuser -u postgres --); else as_postgres=(sudo -u postgres); fi

  if ! command -v pg_ctlcluster >/dev/null || ! command -v psql >/dev/null; then
    $sudo apt-get update -qq && $sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || {
      echo "could not install postgresql"; return 1; }
  fi
  if [ -z "$(pg_lsclusters -h)" ]; then
    $sudo pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >/dev/null || { echo "could not create a PostgreSQL cluster"; return 1; }
  fi
  local version cluster port status
  read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
  if [ "$status" != "online" ]; then
    $sudo pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || { echo "could not start PostgreSQL $version/$cluster"; return 1; }
  fi
  "${as_postgres[@]}" psql -p "$port" -q -v ON_ERROR_STOP=1 -d postgres <<'SQL' || { echo "could not prepare the test database"; return 1; }
SELECT 'CREATE ROLE log_doctor_ci LOGIN CREATEDB PASSWORD ''log_doctor_ci''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'log_doctor_ci')\gexec
SELECT 'CREATE DATABASE log_doctor_test OWNER log_doctor_ci' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'log_doctor_test')\gexec
SQL
  export LOG_DOCTOR_TEST_DATABASE_URL="postgres://log_doctor_ci:log_doctor_ci@127.0.0.1:$port/log_doctor_test"
  echo "CI: PostgreSQL $version on port $port for the store tests"
}
