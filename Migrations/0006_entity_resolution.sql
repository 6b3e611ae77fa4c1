-- Quotebase schema, version 6: who is who across articles (docs/ENTITIES.md).
-- Each article's own reading of an entity is kept in article_entities: the evidence from which cross-article
-- identity is computed (and recomputed by `quotebase relink`) instead of being decided once, in ingest order.
-- entities loses UNIQUE (kind, norm_name): two people may share a name (a first name alone stays the entity of its
-- article), and gains `key`, the stable identity the resolver and the curation tables refer to.
-- An upgraded database keeps its entities (each keyed 'legacy:ID') until `quotebase relink` (or the next ingest,
-- load or merge) rebuilds identity from its stored mentions: article_entities.name is NULL until then.

DROP VIEW quote_report;

CREATE TABLE entities_keyed (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'location')),
    name      TEXT NOT NULL,                    -- canonical display name
    norm_name TEXT NOT NULL,                    -- name folded for case and diacritics
    key       TEXT NOT NULL UNIQUE              -- identity: 'person:<full name>', 'surname:<word>', ... (ENTITIES.md)
) STRICT;
INSERT INTO entities_keyed (id, kind, name, norm_name, key) SELECT id, kind, name, norm_name, 'legacy:' || id FROM entities;
DROP TABLE entities;
ALTER TABLE entities_keyed RENAME TO entities;
CREATE INDEX entities_norm_name ON entities(norm_name, kind);

-- One row per entity of one article's analysis, and the stored entity it is linked to.
CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'location')),  -- as the article read it
    name       TEXT,                            -- the article's fullest name for it; NULL until relinked
    aliases    TEXT,                            -- the article's other names for it, U+001F-separated; NULL: see mentions
    link       TEXT NOT NULL DEFAULT '',        -- why this article's entity is linked to entity_id
    PRIMARY KEY (article_id, entity_id)
) STRICT;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);

INSERT OR IGNORE INTO article_entities (article_id, entity_id, kind, name, link)
    SELECT x.article_id, x.entity_id, e.kind, NULL, 'upgraded' FROM (
        SELECT article_id, entity_id FROM mentions
        UNION SELECT article_id, entity_id FROM entity_roles
        UNION SELECT q.article_id, s.entity_id FROM quote_speakers s JOIN quotes q ON q.id = s.quote_id
              WHERE s.entity_id IS NOT NULL
        UNION SELECT q.article_id, t.entity_id FROM quote_targets t JOIN quotes q ON q.id = t.quote_id
    ) x JOIN entities e ON e.id = x.entity_id;

-- What a user decided about identity (`quotebase entities merge|split|rename|alias|forget`), applied on top of the
-- resolver by every later ingest, load, merge and relink. Rows refer to entity keys and article hashes, which
-- survive relinking and re-ingest, never to entity or article ids, which do not.
CREATE TABLE entity_curations (
    id           INTEGER PRIMARY KEY,
    action       TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename', 'alias', 'forget')),
    entity_key   TEXT NOT NULL,                 -- the entity acted on; forget: '<kind>:<folded name>'
    other_key    TEXT,                          -- merge: the entity merged into entity_key
    article_hash TEXT,                          -- split: content_hash of the article taken out
    value        TEXT,                          -- rename: the new name; alias: the alias
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- As before, plus the speaker as the article wrote it and the article's id, so a wrong link shows.
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
    (SELECT group_concat(surface, '; ') FROM (
        SELECT s.surface FROM quote_speakers s WHERE s.quote_id = q.id ORDER BY s.position)) AS speaker_as_written,
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
