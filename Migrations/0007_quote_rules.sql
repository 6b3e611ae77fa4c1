-- Quotebase schema, version 7: the attribution rule that chose each quote's speakers (AttributionRule's names,
-- e.g. 'verb-after', 'previous-speaker'); NULL for quotes stored before rules were recorded. `confidence` is now
-- that rule's measured precision (Resources/attribution/rule-precision.tsv).
ALTER TABLE quotes ADD COLUMN rule TEXT;
CREATE INDEX quotes_rule ON quotes(rule);
