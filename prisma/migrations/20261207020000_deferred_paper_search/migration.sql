-- A bulk writer (the archive import) can defer the paper search index to once per batch: it rewrote a
-- paper's FTS5 row about six times (insert, abstract, each author). While the row -1 is in
-- "PaperSearchPending", the paper triggers only note the paper's rowid there; lib/search/deferred-paper-search.ts
-- rebuilds the noted rows and empties the table before its transaction commits. Prisma does not model it:
-- prisma.config.ts lists it with the FTS5 tables as external.

CREATE TABLE "PaperSearchPending" ("paperRowid" INTEGER NOT NULL PRIMARY KEY);

DROP TRIGGER "Paper_search_insert";
DROP TRIGGER "Paper_search_update";
DROP TRIGGER "PaperAuthor_search_insert";
DROP TRIGGER "PaperAuthor_search_update";
DROP TRIGGER "PaperAuthor_search_delete";

CREATE TRIGGER "Paper_search_insert" AFTER INSERT ON "Paper"
WHEN NOT EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  INSERT INTO "PaperSearch" (rowid, "title", "authors", "abstract")
  VALUES (new.rowid, new."title", COALESCE((SELECT group_concat("name", ', ' ORDER BY "position") FROM "PaperAuthor" WHERE "paperId" = new."id"), ''), new."abstract");
END;

CREATE TRIGGER "Paper_search_update" AFTER UPDATE OF "title", "abstract" ON "Paper"
WHEN NOT EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  UPDATE "PaperSearch" SET "title" = new."title", "abstract" = new."abstract" WHERE rowid = new.rowid;
END;

CREATE TRIGGER "PaperAuthor_search_insert" AFTER INSERT ON "PaperAuthor"
WHEN NOT EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  UPDATE "PaperSearch"
  SET "authors" = COALESCE((SELECT group_concat("name", ', ' ORDER BY "position") FROM "PaperAuthor" WHERE "paperId" = new."paperId"), '')
  WHERE rowid = (SELECT rowid FROM "Paper" WHERE "id" = new."paperId");
END;

CREATE TRIGGER "PaperAuthor_search_update" AFTER UPDATE ON "PaperAuthor"
WHEN NOT EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  UPDATE "PaperSearch"
  SET "authors" = COALESCE((SELECT group_concat(a."name", ', ' ORDER BY a."position") FROM "PaperAuthor" a JOIN "Paper" p ON p."id" = a."paperId" WHERE p.rowid = "PaperSearch".rowid), '')
  WHERE rowid IN (SELECT rowid FROM "Paper" WHERE "id" IN (old."paperId", new."paperId"));
END;

CREATE TRIGGER "PaperAuthor_search_delete" AFTER DELETE ON "PaperAuthor"
WHEN NOT EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  UPDATE "PaperSearch"
  SET "authors" = COALESCE((SELECT group_concat("name", ', ' ORDER BY "position") FROM "PaperAuthor" WHERE "paperId" = old."paperId"), '')
  WHERE rowid = (SELECT rowid FROM "Paper" WHERE "id" = old."paperId");
END;

-- Deferred: note the paper, once.

CREATE TRIGGER "Paper_search_insert_deferred" AFTER INSERT ON "Paper"
WHEN EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  INSERT OR IGNORE INTO "PaperSearchPending" ("paperRowid") VALUES (new.rowid);
END;

CREATE TRIGGER "Paper_search_update_deferred" AFTER UPDATE OF "title", "abstract" ON "Paper"
WHEN EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  INSERT OR IGNORE INTO "PaperSearchPending" ("paperRowid") VALUES (new.rowid);
END;

CREATE TRIGGER "PaperAuthor_search_insert_deferred" AFTER INSERT ON "PaperAuthor"
WHEN EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  INSERT OR IGNORE INTO "PaperSearchPending" ("paperRowid") SELECT rowid FROM "Paper" WHERE "id" = new."paperId";
END;

CREATE TRIGGER "PaperAuthor_search_update_deferred" AFTER UPDATE ON "PaperAuthor"
WHEN EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  INSERT OR IGNORE INTO "PaperSearchPending" ("paperRowid") SELECT rowid FROM "Paper" WHERE "id" IN (old."paperId", new."paperId");
END;

CREATE TRIGGER "PaperAuthor_search_delete_deferred" AFTER DELETE ON "PaperAuthor"
WHEN EXISTS (SELECT 1 FROM "PaperSearchPending" WHERE "paperRowid" = -1) BEGIN
  INSERT OR IGNORE INTO "PaperSearchPending" ("paperRowid") SELECT rowid FROM "Paper" WHERE "id" = old."paperId";
END;
