-- Search by model name (lib/search/models.ts): each result's model name in an FTS5 table of the result's
-- rowid, kept by triggers like the other search tables (20261129100000_search). Written by hand; listed
-- as external in prisma.config.ts.

CREATE VIRTUAL TABLE "ResultSearch" USING fts5(
  "modelName",
  tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4'
);

CREATE TRIGGER "Result_search_insert" AFTER INSERT ON "Result" BEGIN
  INSERT INTO "ResultSearch" (rowid, "modelName") VALUES (new.rowid, new."modelName");
END;

CREATE TRIGGER "Result_search_update" AFTER UPDATE OF "modelName" ON "Result" BEGIN
  UPDATE "ResultSearch" SET "modelName" = new."modelName" WHERE rowid = new.rowid;
END;

CREATE TRIGGER "Result_search_delete" AFTER DELETE ON "Result" BEGIN
  DELETE FROM "ResultSearch" WHERE rowid = old.rowid;
END;

INSERT INTO "ResultSearch" (rowid, "modelName") SELECT rowid, "modelName" FROM "Result";
