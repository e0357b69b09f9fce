#!/bin/sh
# npm start: migrate the database, load the demo data when it is empty, build, and serve on $PORT (3000).
set -e
export PWC_DEMO="${PWC_DEMO:-on}" AUTH_TRUST_HOST="${AUTH_TRUST_HOST:-true}" NEXT_TELEMETRY_DISABLED=1
npx prisma migrate deploy
npx tsx prisma/seed.ts
npx next build
exec node server.js --port "${PORT:-3000}"
