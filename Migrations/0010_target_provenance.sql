-- Quotebase schema, version 10: how each target of a quote was found, and how sure that is.
--
-- quote_targets.how says which rule found the target:
--   'inside'       named or designated inside the quoted words;
--   'reporting'    the stated object of the reporting clause ("said of X", "parlando di X", "al referirse a X");
--   'partial'      what a partial quote is said of ("il ministero si è detto «estraneo»");
--   'coreference'  a pronoun, null subject or description inside the quote ("il Paese", "the company") resolved
--                  to an entity named in the quote's sentence.
-- quote_targets.confidence is 0…1. Rows stored before this version keep NULL in both (found inside the quote
-- by the rules of their time; readers treat NULL confidence as 1 when filtering).

ALTER TABLE quote_targets ADD COLUMN how TEXT
    CHECK (how IS NULL OR how IN ('inside', 'reporting', 'partial', 'coreference'));
ALTER TABLE quote_targets ADD COLUMN confidence REAL
    CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
