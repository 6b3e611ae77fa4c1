-- Quotebase schema, version 4: a writer may index the articles and quotes of a whole batch for full-text search at once.
-- FTS5 writes its pending index to disk at every savepoint, and SQLite opens one for each INSERT that fires a
-- trigger: indexed row by row, an ingest wrote (and then merged again) one tiny index segment per article and quote.
-- A writer that holds a row in fulltext_deferral indexes every article and quote with a larger id in one statement
-- each, and deletes the row, before it commits. The row never outlives that transaction, so no other connection
-- ever sees it: for everyone else, the triggers index each new row as before.

CREATE TABLE fulltext_deferral (
    articles_indexed_to INTEGER NOT NULL,  -- articles with a larger id are not in articles_fts yet
    quotes_indexed_to   INTEGER NOT NULL   -- quotes with a larger id are not in quotes_fts yet
) STRICT;

DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferral) BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

DROP TRIGGER quotes_fts_insert;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferral) BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
