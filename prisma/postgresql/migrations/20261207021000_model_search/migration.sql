-- Search by model name (lib/search/models.ts), the counterpart of SQLite's "ResultSearch": each result's
-- model name as a tsvector, kept by the statement triggers of 20261129100000_search. Hyphens become spaces:
-- PostgreSQL's parser reads "ResNet-101" as "resnet" and the number "-101", which "101" would not find.

CREATE TABLE "search"."result" (
  "id" TEXT PRIMARY KEY REFERENCES "Result" ("id") ON DELETE CASCADE,
  "document" tsvector NOT NULL
);
CREATE INDEX "result_document_idx" ON "search"."result" USING GIN ("document");

CREATE FUNCTION "search"."refresh_results"(ids TEXT[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "search"."result" ("id", "document")
  SELECT r."id", to_tsvector('search.english', translate(r."modelName", '-_/', '   '))
  FROM "Result" r
  WHERE r."id" = ANY (ids)
  ON CONFLICT ("id") DO UPDATE SET "document" = excluded."document"
$$;

CREATE TRIGGER "Result_search_insert" AFTER INSERT ON "Result" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_results');
CREATE TRIGGER "Result_search_update" AFTER UPDATE ON "Result" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "search"."rows_changed"('refresh_results', 'modelName');

SELECT "search"."refresh_results"(ARRAY(SELECT "id" FROM "Result"));
