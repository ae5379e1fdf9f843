#!/usr/bin/env bash
# Lighthouse (mobile) on the home page, a funnel step and a tour page, served by gunicorn.
#
#   bench/lighthouse.sh
#
# Lighthouse is pinned in bench/package.json + bench/package-lock.json (installed into
# bench/node_modules with `npm ci` on first use; not part of the site's own package.json)
# and drives Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) headless. The server
# is the production one: a throw-away PostgreSQL database (PES_BENCH_POSTGRES_URL, as in
# bench/common.py), `flask --app wsgi pes upgrade-db`, `flask --app wsgi pes demo`, then
# `gunicorn -c gunicorn.conf.py wsgi:app` on a free loopback port. Reports (JSON and HTML)
# go to test-artifacts/lighthouse/. gunicorn is stopped and the database dropped on exit,
# also on errors and Ctrl-C.
#
# Goals (issue 9): performance >= 95, accessibility 100, best practices >= 95, SEO >= 95.
# Exit status: 0 when every page meets them, 1 when one does not, 2 when Lighthouse or the
# server could not run.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
OUT="$ROOT/test-artifacts/lighthouse"
PY="$ROOT/.venv/bin/python"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
WORKERS="${GUNICORN_WORKERS:-2}"

[ -x "$CHROME_PATH" ] || { echo "no Chromium at $CHROME_PATH (apt-get install chromium)" >&2; exit 2; }
if [ ! -x "$BENCH/node_modules/.bin/lighthouse" ]; then
    (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error)
fi
LIGHTHOUSE="$BENCH/node_modules/.bin/lighthouse"

cd "$ROOT"
mkdir -p "$OUT"
WORK=$(mktemp -d)
DB_NAME="pes_bench_lh_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
SERVER_PID=""

db_admin() {  # db_admin create|drop NAME
    "$PY" - "$1" "$2" <<'PY'
import sys

import psycopg
from psycopg import sql

from bench.common import ADMIN_URL

action, name = sys.argv[1], sys.argv[2]
statement = "CREATE DATABASE {}" if action == "create" else "DROP DATABASE IF EXISTS {} WITH (FORCE)"
with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
    admin.execute(sql.SQL(statement).format(sql.Identifier(name)))
PY
}

cleanup() {
    status=$?
    trap - EXIT INT TERM
    if [ -n "$SERVER_PID" ]; then
        kill -TERM -- "-$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    db_admin drop "$DB_NAME" || echo "could not drop database $DB_NAME" >&2
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ADMIN_URL=$("$PY" -c 'from bench.common import ADMIN_URL; print(ADMIN_URL)')
db_admin create "$DB_NAME"
DATABASE_URL="${ADMIN_URL%/*}/$DB_NAME"

# Only the settings below reach the app (nothing from the calling shell's PES_*, REDIS_URL…).
APP_ENV=(
    env -u REDIS_URL -u STRIPE_SECRET_KEY -u GUNICORN_ACCESSLOG -u PES_BASE_URL
    DATABASE_URL="$DATABASE_URL"
    PES_SECRET_KEY=bench-lighthouse-not-a-secret
    PES_LOG_FORMAT=json
    PES_RATE_LIMITS=0
)
"${APP_ENV[@]}" "$ROOT/.venv/bin/flask" --app wsgi pes upgrade-db >"$WORK/setup.log" 2>&1 \
    || { cat "$WORK/setup.log" >&2; exit 2; }
"${APP_ENV[@]}" "$ROOT/.venv/bin/flask" --app wsgi pes demo >>"$WORK/setup.log" 2>&1 \
    || { cat "$WORK/setup.log" >&2; exit 2; }
TOUR=$("$PY" - "$DATABASE_URL" <<'PY'
import sys

import psycopg

with psycopg.connect(sys.argv[1]) as conn:
    row = conn.execute("SELECT slug FROM tours WHERE active ORDER BY sort_order, id LIMIT 1").fetchone()
print(row[0])
PY
)

PORT=$("$PY" -c 'from tests.support.http import free_port; print(free_port())')
BASE="http://127.0.0.1:$PORT"
setsid "${APP_ENV[@]}" GUNICORN_BIND="127.0.0.1:$PORT" GUNICORN_WORKERS="$WORKERS" \
    "$ROOT/.venv/bin/gunicorn" -c gunicorn.conf.py wsgi:app >"$WORK/gunicorn.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "gunicorn exited:" >&2; tail -40 "$WORK/gunicorn.log" >&2; exit 2
    fi
    sleep 0.5
done
curl -fsS -o /dev/null "$BASE/healthz" || { echo "gunicorn did not answer" >&2; exit 2; }

PAGES=("home /en/" "route /en/book/route" "tour /en/tours/$TOUR")
echo "Lighthouse $("$LIGHTHOUSE" --version), $("$CHROME_PATH" --version 2>/dev/null), mobile," \
    "$WORKERS gunicorn workers, $BASE"
failed=0
for page in "${PAGES[@]}"; do
    name=${page%% *}
    path=${page#* }
    # Every page answers 200 before it is audited (a 500 would be audited as a page too).
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
    if [ "$code" != 200 ]; then
        echo "$path answered $code, not 200" >&2; failed=1; continue
    fi
    if ! "$LIGHTHOUSE" "$BASE$path" \
        --quiet \
        --form-factor=mobile \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox" \
        --output=json --output=html \
        --output-path="$OUT/$name" >"$WORK/lighthouse-$name.log" 2>&1; then
        echo "Lighthouse failed on $path:" >&2; tail -30 "$WORK/lighthouse-$name.log" >&2; exit 2
    fi
done

# Scores and the audits that failed (score < 0.9, as Lighthouse colours them), per page;
# performance "insights" have weight 0: they are advice and do not lower the score.
node - "$OUT" "${PAGES[@]}" <<'JS' || failed=1
const fs = require("fs");
const [out, ...pages] = process.argv.slice(2);
const goals = { performance: 95, accessibility: 100, "best-practices": 95, seo: 95 };
const rows = [];
const details = [];
let met = true;
for (const page of pages) {
  const [name, path] = page.split(" ");
  const report = JSON.parse(fs.readFileSync(`${out}/${name}.report.json`, "utf8"));
  const scores = {};
  for (const id of Object.keys(goals)) {
    scores[id] = Math.round(report.categories[id].score * 100);
    met = met && scores[id] >= goals[id];
  }
  rows.push(`| ${name} \`${path}\` | ` + Object.keys(goals).map((id) => scores[id]).join(" | ") + " |");
  const failing = [];
  for (const [id, category] of Object.entries(report.categories)) {
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (audit.score === null || audit.score >= 0.9) continue;
      if (["informative", "manual", "notApplicable"].includes(audit.scoreDisplayMode)) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : "";
      const weight = ref.weight > 0 ? "" : " [weight 0: not in the score]";
      failing.push(`  - [${id}] ${audit.title}${value}${weight}`);
    }
  }
  const m = (id) => report.audits[id] && report.audits[id].displayValue;
  details.push(
    `${name}: FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, ` +
      `TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}, ` +
      `SI ${m("speed-index")}` +
      (failing.length ? "\n" + failing.join("\n") : "\n  (no failing audit)"),
  );
}
console.log("\n| page | performance | accessibility | best practices | SEO |");
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(rows.join("\n"));
console.log("\nGoals: performance >= 95, accessibility 100, best practices >= 95, SEO >= 95: " +
  (met ? "all met" : "NOT all met"));
console.log("\nMetrics and failing audits (score < 0.9):\n" + details.join("\n"));
process.exit(met ? 0 : 1);
JS
echo "reports: $OUT/{home,route,tour}.report.{json,html}"
exit "$failed"
