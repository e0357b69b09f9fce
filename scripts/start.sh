#!/bin/sh
# npm start: migrate the database, load the demo data when it is empty, build when the source changed since
# the last build (scripts/build-fingerprint.js), and serve on $PORT (3000), with the outbox worker beside it.
set -e
export PWC_DEMO="${PWC_DEMO:-on}" AUTH_TRUST_HOST="${AUTH_TRUST_HOST:-true}" NEXT_TELEMETRY_DISABLED=1
npx prisma migrate deploy
npx tsx prisma/seed.ts
fingerprint="$(node scripts/build-fingerprint.js)"
if [ -f .next/BUILD_ID ] && [ "$(cat .next/build-fingerprint 2>/dev/null)" = "$fingerprint" ]; then
  echo "The build in .next is up to date with the source: not building again."
else
  npx next build
  echo "$fingerprint" > .next/build-fingerprint
fi
# The outbox worker (mail digests, webhooks) beside the server, stopped with it.
npx tsx scripts/worker.ts &
worker=$!
trap 'kill "$worker" 2>/dev/null' EXIT INT TERM
node server.js --port "${PORT:-3000}"
