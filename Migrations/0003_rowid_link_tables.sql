-- Quotebase schema, version 3: the link tables become rowid tables.
-- SQLite 3.40's PRAGMA integrity_check reports false "NULL value in …" errors for STRICT tables declared
-- WITHOUT ROWID, which would make a healthy database look corrupt to anyone who checks it.
-- The view that reads quote_targets is dropped and recreated around the swap.

DROP VIEW quote_report;

CREATE TABLE entity_aliases_rowid (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    norm_alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, norm_alias)
) STRICT;
INSERT INTO entity_aliases_rowid (entity_id, alias, norm_alias) SELECT entity_id, alias, norm_alias FROM entity_aliases;
DROP TABLE entity_aliases;
ALTER TABLE entity_aliases_rowid RENAME TO entity_aliases;
CREATE INDEX entity_aliases_norm_alias ON entity_aliases(norm_alias, entity_id);

CREATE TABLE entity_roles_rowid (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    norm_role  TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id, norm_role)
) STRICT;
INSERT INTO entity_roles_rowid (entity_id, article_id, role, norm_role)
    SELECT entity_id, article_id, role, norm_role FROM entity_roles;
DROP TABLE entity_roles;
ALTER TABLE entity_roles_rowid RENAME TO entity_roles;
CREATE INDEX entity_roles_norm_role ON entity_roles(norm_role, entity_id);
CREATE INDEX entity_roles_article ON entity_roles(article_id);

CREATE TABLE quote_targets_rowid (
    quote_id  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, entity_id)
) STRICT;
INSERT INTO quote_targets_rowid (quote_id, entity_id) SELECT quote_id, entity_id FROM quote_targets;
DROP TABLE quote_targets;
ALTER TABLE quote_targets_rowid RENAME TO quote_targets;
-- (entity_id, quote_id): the index a WITHOUT ROWID table gave for free, which `quotes --about` walks in order.
CREATE INDEX quote_targets_entity ON quote_targets(entity_id, quote_id);

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
