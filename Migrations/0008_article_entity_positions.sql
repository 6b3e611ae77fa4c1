-- Quotebase schema, version 8: one article_entities row for each entity of an article's analysis (docs/ENTITIES.md).
-- Rows were keyed by (article, stored entity), so two entities of one article that resolution joined became one row:
-- one of their kinds and names was lost, the next relink counted one reading fewer (relink was not idempotent, and
-- a merge of shards, which stores what the shards kept, differed from one ingest). Each row is now the entity at
-- `position` in its article's analysis, with its own roles; entity_roles stays what queries read.
-- Upgraded rows keep their order (by stored entity) and take their roles from entity_roles (roles NULL).

CREATE TABLE article_entities_positioned (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,                -- the entity's index in the article's analysis
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'location')),  -- as the article read it
    name       TEXT,                            -- the article's fullest name for it; NULL until relinked
    aliases    TEXT,                            -- the article's other names for it, U+001F-separated; NULL: see mentions
    roles      TEXT,                            -- its folded roles in the article, U+001F-separated; NULL: see entity_roles
    link       TEXT NOT NULL DEFAULT '',        -- why this article's entity is linked to entity_id
    PRIMARY KEY (article_id, position)
) STRICT;
INSERT INTO article_entities_positioned (article_id, position, entity_id, kind, name, aliases, roles, link)
    SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY entity_id) - 1, entity_id, kind, name,
           aliases, NULL, link
    FROM article_entities;
DROP TABLE article_entities;
ALTER TABLE article_entities_positioned RENAME TO article_entities;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);

-- Which of the article's entities each mention and speaker belongs to, so that entities of one article that part
-- after sharing a stored entity take exactly their own rows along. NULL in upgraded rows (told apart by their words).
ALTER TABLE mentions ADD COLUMN entity_position INTEGER;
ALTER TABLE quote_speakers ADD COLUMN entity_position INTEGER;
