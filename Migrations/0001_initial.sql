-- Quotebase schema, version 1.
-- Offsets (start, "end") count Unicode scalars from the start of articles.title or articles.body (see `part`),
-- end exclusive: substr(body, start + 1, "end" - start) is the surface text.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,                 -- path, path:line, URL or '-' as the user gave it
    title        TEXT,
    author       TEXT,
    published    TEXT,                          -- ISO 8601 date YYYY-MM-DD, or NULL
    lang         TEXT NOT NULL,                 -- ISO 639-1
    body         TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the whitespace-normalized body
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'location')),
    name      TEXT NOT NULL,                    -- canonical display name
    norm_name TEXT NOT NULL,                    -- name folded for case and diacritics
    UNIQUE (kind, norm_name)
) STRICT;
CREATE INDEX entities_norm_name ON entities(norm_name);

CREATE TABLE entity_aliases (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    norm_alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, norm_alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX entity_aliases_norm_alias ON entity_aliases(norm_alias);

-- Roles an article gives an entity ("presidente russo"), kept so later articles can resolve them.
CREATE TABLE entity_roles (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    norm_role  TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id, norm_role)
) STRICT, WITHOUT ROWID;
CREATE INDEX entity_roles_norm_role ON entity_roles(norm_role);
CREATE INDEX entity_roles_article ON entity_roles(article_id);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    part       TEXT NOT NULL DEFAULT 'body' CHECK (part IN ('title', 'body')),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    surface    TEXT NOT NULL,
    CHECK (start >= 0 AND "end" >= start)
) STRICT;
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    part       TEXT NOT NULL DEFAULT 'body' CHECK (part IN ('title', 'body')),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'headline')),
    cue        TEXT,
    confidence REAL NOT NULL DEFAULT 1.0,
    CHECK (start >= 0 AND "end" >= start)
) STRICT;
CREATE INDEX quotes_article ON quotes(article_id);

-- A quote may have several speakers; an unresolved speaker keeps its surface text with entity_id NULL.
CREATE TABLE quote_speakers (
    quote_id  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    surface   TEXT NOT NULL,
    PRIMARY KEY (quote_id, position)
) STRICT;
CREATE INDEX quote_speakers_entity ON quote_speakers(entity_id);

-- Whom or what a quote is about.
CREATE TABLE quote_targets (
    quote_id  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX quote_targets_entity ON quote_targets(entity_id);

-- Full-text search. External-content tables read the text from articles/quotes; triggers keep them in sync.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
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
    text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- A report anyone can read with the sqlite3 shell: one row per quote.
CREATE VIEW quote_report AS
SELECT
    q.id AS quote_id,
    a.source,
    a.title,
    a.published,
    (SELECT group_concat(name, '; ') FROM (
        SELECT coalesce(e.name, s.surface) AS name FROM quote_speakers s
        LEFT JOIN entities e ON e.id = s.entity_id
        WHERE s.quote_id = q.id ORDER BY s.position)) AS speaker,
    (SELECT e.kind FROM quote_speakers s JOIN entities e ON e.id = s.entity_id
        WHERE s.quote_id = q.id ORDER BY s.position LIMIT 1) AS speaker_kind,
    q.text AS quote,
    (SELECT group_concat(name, '; ') FROM (
        SELECT e.name FROM quote_targets t JOIN entities e ON e.id = t.entity_id
        WHERE t.quote_id = q.id ORDER BY e.name)) AS about,
    q.kind,
    q.cue,
    a.lang,
    q.article_id
FROM quotes q
JOIN articles a ON a.id = q.article_id;
