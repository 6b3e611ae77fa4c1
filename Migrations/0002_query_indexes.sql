-- Quotebase schema, version 2: indexes for the query commands (quotes, mentions, who, export).

-- `quotes --speaker X --limit 20` walks one speaker's quotes in quote order and stops after 20 rows; with
-- (entity_id, quote_id) SQLite reads them straight from the index instead of collecting and sorting them all.
-- It replaces quote_speakers_entity(entity_id), which it covers.
CREATE INDEX quote_speakers_entity_quote ON quote_speakers(entity_id, quote_id);
DROP INDEX quote_speakers_entity;
