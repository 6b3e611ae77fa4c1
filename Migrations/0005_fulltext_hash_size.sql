-- Quotebase schema, version 5: larger in-memory full-text index before FTS5 writes a segment.
-- FTS5 gathers the terms of the rows it indexes in memory and writes them out as a new index segment whenever they
-- pass `hashsize` bytes (1 MB by default); every segment written is later read back and merged with others. Ingest
-- indexes thousands of articles per transaction, so 8 MB segments leave far less merging: the ingest writer thread
-- ran 4% fewer instructions on 9,000 Reuters articles (16 and 32 MB did no better). The setting is stored in each
-- index's %_config table and costs memory only while a writer holds that much unwritten index.

INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('hashsize', 8388608);
