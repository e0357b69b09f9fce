-- A bulk writer (the archive import) can defer the paper search index to once per batch: each of its
-- statements (papers, their abstracts, their authors) refreshed the same papers' documents again. While the
-- transaction's setting "pwc.defer_paper_search" is 'on', the paper refreshes only note the ids in
-- "search"."paper_pending"; lib/search/deferred-paper-search.ts refreshes them once and empties the table
-- before its transaction commits. The schema "search" is not looked at by Prisma Migrate.

CREATE TABLE "search"."paper_pending" ("id" TEXT PRIMARY KEY);

CREATE FUNCTION "search"."refresh_or_defer"(refresh TEXT, ids TEXT[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF refresh = 'refresh_papers' AND current_setting('pwc.defer_paper_search', true) = 'on' THEN
    INSERT INTO "search"."paper_pending" ("id") SELECT DISTINCT unnest(ids) ON CONFLICT DO NOTHING;
  ELSE
    EXECUTE format('SELECT "search".%I($1)', refresh) USING ids;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION "search"."rows_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  refresh TEXT := TG_ARGV[0];
  changed TEXT;
  ids TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT ARRAY(SELECT "id" FROM new_rows) INTO ids;
  ELSE
    SELECT string_agg(format('n.%1$I IS DISTINCT FROM o.%1$I', column_name), ' OR ')
      INTO changed FROM unnest(TG_ARGV[1:]) AS column_name;
    EXECUTE format('SELECT ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE %s)', changed) INTO ids;
  END IF;
  PERFORM "search"."refresh_or_defer"(refresh, ids);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "search"."parts_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  owners TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT %1$I FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT %1$I FROM old_rows'
    ELSE 'SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows'
  END;
  ids TEXT[];
BEGIN
  EXECUTE format('SELECT ARRAY(SELECT DISTINCT owner FROM (' || owners || ') AS parts (owner))', TG_ARGV[1]) INTO ids;
  PERFORM "search"."refresh_or_defer"(TG_ARGV[0], ids);
  RETURN NULL;
END $$;
