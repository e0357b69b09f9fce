#!/bin/sh
# The server the browser tests run against: a fresh database (DATABASE_URL, set by playwright.config.ts),
# the demo data, a production build.
set -e
npx tsx scripts/recreate-database.ts
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
npx next build
# The outbox worker sends the tests' digests and webhooks; Playwright stops it with the server's process group.
npx tsx scripts/worker.ts &
exec node server.js --port "$PORT"
