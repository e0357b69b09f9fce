-- Full-text search over papers, tasks, datasets and methods (SQLite FTS5). Written by hand: Prisma does
-- not model virtual tables. Read only by lib/search/sqlite.ts. Each index row has the rowid of the row it
-- mirrors, and triggers keep it in sync on insert, update and delete.
-- Tokens: Porter stems over Unicode words without diacritics ("Fréchet" = "frechet", "transformers" =
-- "transformer"); prefix indexes make "resid*" cheap.

CREATE VIRTUAL TABLE "PaperSearch" USING fts5(
  "title", "authors", "abstract",
  tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4'
);

CREATE VIRTUAL TABLE "TaskSearch" USING fts5(
  "name", "synonyms", "description",
  tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4'
);

-- "name" of a subset carries its parent's name: "LibriSpeech test-clean".
CREATE VIRTUAL TABLE "DatasetSearch" USING fts5(
  "name", "description",
  tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4'
);

CREATE VIRTUAL TABLE "MethodSearch" USING fts5(
  "name", "fullName", "category", "description",
  tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4'
);

-- Papers and their ordered authors.

CREATE TRIGGER "Paper_search_insert" AFTER INSERT ON "Paper" BEGIN
  INSERT INTO "PaperSearch" (rowid, "title", "authors", "abstract")
  VALUES (new.rowid, new."title", COALESCE((SELECT group_concat("name", ', ' ORDER BY "position") FROM "PaperAuthor" WHERE "paperId" = new."id"), ''), new."abstract");
END;

CREATE TRIGGER "Paper_search_update" AFTER UPDATE OF "title", "abstract" ON "Paper" BEGIN
  UPDATE "PaperSearch" SET "title" = new."title", "abstract" = new."abstract" WHERE rowid = new.rowid;
END;

CREATE TRIGGER "Paper_search_delete" AFTER DELETE ON "Paper" BEGIN
  DELETE FROM "PaperSearch" WHERE rowid = old.rowid;
END;

CREATE TRIGGER "PaperAuthor_search_insert" AFTER INSERT ON "PaperAuthor" BEGIN
  UPDATE "PaperSearch"
  SET "authors" = COALESCE((SELECT group_concat("name", ', ' ORDER BY "position") FROM "PaperAuthor" WHERE "paperId" = new."paperId"), '')
  WHERE rowid = (SELECT rowid FROM "Paper" WHERE "id" = new."paperId");
END;

CREATE TRIGGER "PaperAuthor_search_update" AFTER UPDATE ON "PaperAuthor" BEGIN
  UPDATE "PaperSearch"
  SET "authors" = COALESCE((SELECT group_concat(a."name", ', ' ORDER BY a."position") FROM "PaperAuthor" a JOIN "Paper" p ON p."id" = a."paperId" WHERE p.rowid = "PaperSearch".rowid), '')
  WHERE rowid IN (SELECT rowid FROM "Paper" WHERE "id" IN (old."paperId", new."paperId"));
END;

CREATE TRIGGER "PaperAuthor_search_delete" AFTER DELETE ON "PaperAuthor" BEGIN
  UPDATE "PaperSearch"
  SET "authors" = COALESCE((SELECT group_concat("name", ', ' ORDER BY "position") FROM "PaperAuthor" WHERE "paperId" = old."paperId"), '')
  WHERE rowid = (SELECT rowid FROM "Paper" WHERE "id" = old."paperId");
END;

-- Tasks and their synonyms.

CREATE TRIGGER "Task_search_insert" AFTER INSERT ON "Task" BEGIN
  INSERT INTO "TaskSearch" (rowid, "name", "synonyms", "description")
  VALUES (new.rowid, new."name", COALESCE((SELECT group_concat("name", ', ') FROM "TaskSynonym" WHERE "taskId" = new."id"), ''), new."description");
END;

CREATE TRIGGER "Task_search_update" AFTER UPDATE OF "name", "description" ON "Task" BEGIN
  UPDATE "TaskSearch" SET "name" = new."name", "description" = new."description" WHERE rowid = new.rowid;
END;

CREATE TRIGGER "Task_search_delete" AFTER DELETE ON "Task" BEGIN
  DELETE FROM "TaskSearch" WHERE rowid = old.rowid;
END;

CREATE TRIGGER "TaskSynonym_search_insert" AFTER INSERT ON "TaskSynonym" BEGIN
  UPDATE "TaskSearch"
  SET "synonyms" = COALESCE((SELECT group_concat("name", ', ') FROM "TaskSynonym" WHERE "taskId" = new."taskId"), '')
  WHERE rowid = (SELECT rowid FROM "Task" WHERE "id" = new."taskId");
END;

CREATE TRIGGER "TaskSynonym_search_update" AFTER UPDATE ON "TaskSynonym" BEGIN
  UPDATE "TaskSearch"
  SET "synonyms" = COALESCE((SELECT group_concat(s."name", ', ') FROM "TaskSynonym" s JOIN "Task" t ON t."id" = s."taskId" WHERE t.rowid = "TaskSearch".rowid), '')
  WHERE rowid IN (SELECT rowid FROM "Task" WHERE "id" IN (old."taskId", new."taskId"));
END;

CREATE TRIGGER "TaskSynonym_search_delete" AFTER DELETE ON "TaskSynonym" BEGIN
  UPDATE "TaskSearch"
  SET "synonyms" = COALESCE((SELECT group_concat("name", ', ') FROM "TaskSynonym" WHERE "taskId" = old."taskId"), '')
  WHERE rowid = (SELECT rowid FROM "Task" WHERE "id" = old."taskId");
END;

-- Datasets: a subset's name is prefixed with its parent's, and follows a renamed parent.

CREATE TRIGGER "Dataset_search_insert" AFTER INSERT ON "Dataset" BEGIN
  INSERT INTO "DatasetSearch" (rowid, "name", "description")
  VALUES (new.rowid, COALESCE((SELECT "name" || ' ' FROM "Dataset" WHERE "id" = new."parentId"), '') || new."name", new."description");
END;

CREATE TRIGGER "Dataset_search_update" AFTER UPDATE OF "name", "description", "parentId" ON "Dataset" BEGIN
  UPDATE "DatasetSearch"
  SET "name" = COALESCE((SELECT "name" || ' ' FROM "Dataset" WHERE "id" = new."parentId"), '') || new."name", "description" = new."description"
  WHERE rowid = new.rowid;
  UPDATE "DatasetSearch"
  SET "name" = new."name" || ' ' || (SELECT c."name" FROM "Dataset" c WHERE c.rowid = "DatasetSearch".rowid)
  WHERE rowid IN (SELECT rowid FROM "Dataset" WHERE "parentId" = new."id");
END;

CREATE TRIGGER "Dataset_search_delete" AFTER DELETE ON "Dataset" BEGIN
  DELETE FROM "DatasetSearch" WHERE rowid = old.rowid;
END;

-- Methods.

CREATE TRIGGER "Method_search_insert" AFTER INSERT ON "Method" BEGIN
  INSERT INTO "MethodSearch" (rowid, "name", "fullName", "category", "description")
  VALUES (new.rowid, new."name", COALESCE(new."fullName", ''), new."category", new."description");
END;

CREATE TRIGGER "Method_search_update" AFTER UPDATE OF "name", "fullName", "category", "description" ON "Method" BEGIN
  UPDATE "MethodSearch"
  SET "name" = new."name", "fullName" = COALESCE(new."fullName", ''), "category" = new."category", "description" = new."description"
  WHERE rowid = new.rowid;
END;

CREATE TRIGGER "Method_search_delete" AFTER DELETE ON "Method" BEGIN
  DELETE FROM "MethodSearch" WHERE rowid = old.rowid;
END;

-- Backfill what exists already.

INSERT INTO "PaperSearch" (rowid, "title", "authors", "abstract")
SELECT p.rowid, p."title", COALESCE((SELECT group_concat(a."name", ', ' ORDER BY a."position") FROM "PaperAuthor" a WHERE a."paperId" = p."id"), ''), p."abstract"
FROM "Paper" p;

INSERT INTO "TaskSearch" (rowid, "name", "synonyms", "description")
SELECT t.rowid, t."name", COALESCE((SELECT group_concat(s."name", ', ') FROM "TaskSynonym" s WHERE s."taskId" = t."id"), ''), t."description"
FROM "Task" t;

INSERT INTO "DatasetSearch" (rowid, "name", "description")
SELECT d.rowid, COALESCE((SELECT p."name" || ' ' FROM "Dataset" p WHERE p."id" = d."parentId"), '') || d."name", d."description"
FROM "Dataset" d;

INSERT INTO "MethodSearch" (rowid, "name", "fullName", "category", "description")
SELECT m.rowid, m."name", COALESCE(m."fullName", ''), m."category", m."description"
FROM "Method" m;
