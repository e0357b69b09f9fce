#!/bin/sh
# The server the browser tests run against: a fresh database file, the demo data, a production build.
set -e
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
npx next build
exec npx next start --port "$PORT"
