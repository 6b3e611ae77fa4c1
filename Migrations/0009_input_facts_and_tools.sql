-- Quotebase schema, version 9: what the input says about each article, and a database other tools can read.
--
-- 1. articles keeps the record's own facts: its id in the corpus (external_id, e.g. 'dice-3976017'), its URL, the
--    outlet or site that published it, its section, and every other field of the record as a JSON object (extra).
--    `source` is now always where the user's input was (a path as typed, path:line inside JSONL, or '-'); an
--    upgraded row whose source was a URL keeps it there and gets it in `url` too.
-- 2. The full-text tables are declared again with content="articles" / content="quotes", the spelling sqlite-utils
--    and Datasette look for when they find a table's full-text index (they did not see `content = 'quotes'`). The
--    tables, their triggers (with migration 4's deferral) and migration 5's hashsize are recreated, then rebuilt.
-- 3. quote_report is read by Datasette a page at a time: the first speaker and the article are joins, the speaker
--    id, the article id and title come before the long source, and the rule is last.

ALTER TABLE articles ADD COLUMN external_id TEXT;   -- the record's own id ('reuters21578-1'), as given
ALTER TABLE articles ADD COLUMN url TEXT;           -- the article's URL (record field or canonical link)
ALTER TABLE articles ADD COLUMN site TEXT;          -- outlet, publisher or site name, as the record gives it
ALTER TABLE articles ADD COLUMN section TEXT;       -- section or category, as the record gives it
ALTER TABLE articles ADD COLUMN extra TEXT;         -- the record's other fields, a JSON object; NULL when none
CREATE INDEX articles_external_id ON articles(external_id);
CREATE INDEX articles_url ON articles(url);
UPDATE articles SET url = source WHERE source LIKE 'http://%' OR source LIKE 'https://%';

DROP VIEW quote_report;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TABLE articles_fts;
DROP TABLE quotes_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content="articles", content_rowid="id", tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferral) BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content="quotes", content_rowid="id", tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferral) BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');

-- One row per quote. The first speaker comes from a join on quote_speakers' key (quote_id, position 0), so a page
-- of the view, a filter on speaker_id (index quote_speakers_entity_quote) or a search costs what its rows cost;
-- `speaker` and `speaker_as_written` list every speaker ('; ') of the rare quote that has several (a key lookup
-- says whether there is a second).
CREATE VIEW quote_report AS
SELECT
    q.id AS quote_id,
    a.published,
    s.entity_id AS speaker_id,
    CASE WHEN EXISTS (SELECT 1 FROM quote_speakers s1 WHERE s1.quote_id = q.id AND s1.position = 1) THEN (SELECT group_concat(name, '; ') FROM (
        SELECT coalesce(e2.name, s2.surface) AS name FROM quote_speakers s2
        LEFT JOIN entities e2 ON e2.id = s2.entity_id WHERE s2.quote_id = q.id ORDER BY s2.position))
        ELSE coalesce(e.name, s.surface) END AS speaker,
    CASE WHEN EXISTS (SELECT 1 FROM quote_speakers s1 WHERE s1.quote_id = q.id AND s1.position = 1) THEN (SELECT group_concat(surface, '; ') FROM (
        SELECT s2.surface FROM quote_speakers s2 WHERE s2.quote_id = q.id ORDER BY s2.position))
        ELSE s.surface END AS speaker_as_written,
    e.kind AS speaker_kind,
    q.text AS quote,
    (SELECT group_concat(name, '; ') FROM (
        SELECT e3.name FROM quote_targets t JOIN entities e3 ON e3.id = t.entity_id
        WHERE t.quote_id = q.id ORDER BY e3.name)) AS about,
    q.kind,
    q.cue,
    a.lang,
    q.article_id,
    a.title,
    a.external_id,
    a.site,
    a.url,
    a.source,
    q.rule
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN quote_speakers s ON s.quote_id = q.id AND s.position = 0
LEFT JOIN entities e ON e.id = s.entity_id;
