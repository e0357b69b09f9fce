-- Full-text search over papers, tasks, datasets and methods (PostgreSQL), the counterpart of SQLite's
-- FTS5 tables in prisma/migrations/20261129100000_search. Written by hand; read only by
-- lib/search/postgresql.ts. The index lives in its own schema, "search", which Prisma Migrate does not
-- look at: one table per kind, each row the title as shown and a weighted document (A: name or title;
-- B: authors, synonyms or full name; C: category; D: description or abstract) under a GIN index.
-- Statement triggers with transition tables keep it in sync, so that an import's multi-row INSERT
-- refreshes its rows in one pass; a deleted row's index row goes by cascade.
-- Words: English Snowball stems, no stop words, no diacritics ("Fréchet" = "frechet", "transformers" =
-- "transformer", "and" is a word), like FTS5's porter unicode61 remove_diacritics.

CREATE SCHEMA "search";

CREATE EXTENSION IF NOT EXISTS "unaccent" SCHEMA "search";

CREATE TEXT SEARCH DICTIONARY "search"."english_stem" (TEMPLATE = snowball, LANGUAGE = english);

CREATE TEXT SEARCH CONFIGURATION "search"."english" (COPY = pg_catalog.english);

ALTER TEXT SEARCH CONFIGURATION "search"."english"
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH "search"."unaccent", "search"."english_stem";

CREATE TABLE "search"."paper" (
  "id" TEXT PRIMARY KEY REFERENCES "Paper" ("id") ON DELETE CASCADE,
  "title" TEXT NOT NULL,
  "document" tsvector NOT NULL
);
CREATE INDEX "paper_document_idx" ON "search"."paper" USING GIN ("document");

CREATE TABLE "search"."task" (
  "id" TEXT PRIMARY KEY REFERENCES "Task" ("id") ON DELETE CASCADE,
  "title" TEXT NOT NULL,
  "document" tsvector NOT NULL
);
CREATE INDEX "task_document_idx" ON "search"."task" USING GIN ("document");

-- The title of a subset carries its parent's name: "LibriSpeech test-clean".
CREATE TABLE "search"."dataset" (
  "id" TEXT PRIMARY KEY REFERENCES "Dataset" ("id") ON DELETE CASCADE,
  "title" TEXT NOT NULL,
  "document" tsvector NOT NULL
);
CREATE INDEX "dataset_document_idx" ON "search"."dataset" USING GIN ("document");

CREATE TABLE "search"."method" (
  "id" TEXT PRIMARY KEY REFERENCES "Method" ("id") ON DELETE CASCADE,
  "title" TEXT NOT NULL,
  "document" tsvector NOT NULL
);
CREATE INDEX "method_document_idx" ON "search"."method" USING GIN ("document");

-- Rebuild the index rows of the given ids from the catalogue; a deleted row's index row goes by cascade.

CREATE FUNCTION "search"."weighted"(body TEXT, weight "char") RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('search.english', COALESCE(body, '')), weight)
$$;

CREATE FUNCTION "search"."refresh_papers"(ids TEXT[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "search"."paper" ("id", "title", "document")
  SELECT p."id", p."title",
         "search"."weighted"(p."title", 'A') || "search"."weighted"(a."names", 'B') || "search"."weighted"(p."abstract", 'D')
  FROM "Paper" p
  LEFT JOIN (
    SELECT "paperId", string_agg("name", ', ' ORDER BY "position") AS "names"
    FROM "PaperAuthor" WHERE "paperId" = ANY (ids) GROUP BY "paperId"
  ) a ON a."paperId" = p."id"
  WHERE p."id" = ANY (ids)
  ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "document" = excluded."document"
$$;

CREATE FUNCTION "search"."refresh_tasks"(ids TEXT[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "search"."task" ("id", "title", "document")
  SELECT t."id", t."name",
         "search"."weighted"(t."name", 'A') || "search"."weighted"(s."names", 'B') || "search"."weighted"(t."description", 'D')
  FROM "Task" t
  LEFT JOIN (
    SELECT "taskId", string_agg("name", ', ') AS "names"
    FROM "TaskSynonym" WHERE "taskId" = ANY (ids) GROUP BY "taskId"
  ) s ON s."taskId" = t."id"
  WHERE t."id" = ANY (ids)
  ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "document" = excluded."document"
$$;

-- A dataset's subsets follow it: their titles carry its name.
CREATE FUNCTION "search"."refresh_datasets"(ids TEXT[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "search"."dataset" ("id", "title", "document")
  SELECT d."id", COALESCE(parent."name" || ' ', '') || d."name",
         "search"."weighted"(COALESCE(parent."name" || ' ', '') || d."name", 'A') || "search"."weighted"(d."description", 'D')
  FROM "Dataset" d
  LEFT JOIN "Dataset" parent ON parent."id" = d."parentId"
  WHERE d."id" = ANY (ids) OR d."parentId" = ANY (ids)
  ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "document" = excluded."document"
$$;

CREATE FUNCTION "search"."refresh_methods"(ids TEXT[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "search"."method" ("id", "title", "document")
  SELECT m."id", m."name",
         "search"."weighted"(m."name", 'A') || "search"."weighted"(m."fullName", 'B')
         || "search"."weighted"(m."category", 'C') || "search"."weighted"(m."description", 'D')
  FROM "Method" m
  WHERE m."id" = ANY (ids)
  ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "document" = excluded."document"
$$;

-- The triggers: statement-level, with transition tables (new_rows, old_rows). One function serves the
-- catalogue tables, another their parts (authors, synonyms); each trigger names the refresh function and
-- the columns that matter. An UPDATE that leaves those columns alone changes nothing.

-- Arguments: the refresh function, then the indexed columns.
CREATE FUNCTION "search"."rows_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  refresh TEXT := TG_ARGV[0];
  changed TEXT;
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT "search".%I(ARRAY(SELECT "id" FROM new_rows))', refresh);
  ELSE
    SELECT string_agg(format('n.%1$I IS DISTINCT FROM o.%1$I', column_name), ' OR ')
      INTO changed FROM unnest(TG_ARGV[1:]) AS column_name;
    EXECUTE format('SELECT "search".%I(ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE %s))', refresh, changed);
  END IF;
  RETURN NULL;
END $$;

-- Arguments: the refresh function, then the column naming the row the part belongs to.
CREATE FUNCTION "search"."parts_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  owners TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT %2$I FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT %2$I FROM old_rows'
    ELSE 'SELECT %2$I FROM new_rows UNION SELECT %2$I FROM old_rows'
  END;
BEGIN
  EXECUTE format('SELECT "search".%1$I(ARRAY(SELECT DISTINCT owner FROM (' || owners || ') AS parts (owner)))', TG_ARGV[0], TG_ARGV[1]);
  RETURN NULL;
END $$;

CREATE TRIGGER "Paper_search_insert" AFTER INSERT ON "Paper" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_papers');
CREATE TRIGGER "Paper_search_update" AFTER UPDATE ON "Paper" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_papers', 'title', 'abstract');

CREATE TRIGGER "PaperAuthor_search_insert" AFTER INSERT ON "PaperAuthor" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."parts_changed"('refresh_papers', 'paperId');
CREATE TRIGGER "PaperAuthor_search_update" AFTER UPDATE ON "PaperAuthor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."parts_changed"('refresh_papers', 'paperId');
CREATE TRIGGER "PaperAuthor_search_delete" AFTER DELETE ON "PaperAuthor" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."parts_changed"('refresh_papers', 'paperId');

CREATE TRIGGER "Task_search_insert" AFTER INSERT ON "Task" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_tasks');
CREATE TRIGGER "Task_search_update" AFTER UPDATE ON "Task" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_tasks', 'name', 'description');

CREATE TRIGGER "TaskSynonym_search_insert" AFTER INSERT ON "TaskSynonym" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."parts_changed"('refresh_tasks', 'taskId');
CREATE TRIGGER "TaskSynonym_search_update" AFTER UPDATE ON "TaskSynonym" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."parts_changed"('refresh_tasks', 'taskId');
CREATE TRIGGER "TaskSynonym_search_delete" AFTER DELETE ON "TaskSynonym" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."parts_changed"('refresh_tasks', 'taskId');

-- A deleted dataset's subsets lose their parent (SET NULL): an update that refreshes them.
CREATE TRIGGER "Dataset_search_insert" AFTER INSERT ON "Dataset" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_datasets');
CREATE TRIGGER "Dataset_search_update" AFTER UPDATE ON "Dataset" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_datasets', 'name', 'description', 'parentId');

CREATE TRIGGER "Method_search_insert" AFTER INSERT ON "Method" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_methods');
CREATE TRIGGER "Method_search_update" AFTER UPDATE ON "Method" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_methods', 'name', 'fullName', 'category', 'description');

-- Index what exists already.

SELECT "search"."refresh_papers"(ARRAY(SELECT "id" FROM "Paper"));
SELECT "search"."refresh_tasks"(ARRAY(SELECT "id" FROM "Task"));
SELECT "search"."refresh_datasets"(ARRAY(SELECT "id" FROM "Dataset"));
SELECT "search"."refresh_methods"(ARRAY(SELECT "id" FROM "Method"));
