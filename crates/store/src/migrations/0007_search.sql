-- Full-text search over what extraction read of each capture (`nianbao serve`'s
-- search). One row per extracted capture, rowid = capture id, holding its latest
-- extraction's title and visible text. The trigram tokenizer indexes every run of
-- three characters, so Chinese is searchable without a word segmenter (a query
-- needs at least three characters). Written by `extract` in the same transaction
-- as the extraction row; an archive from before this migration starts empty and
-- its captures are read again by the next `extract` (a capture without a row here
-- counts as pending).
CREATE VIRTUAL TABLE report_text USING fts5(title, body, tokenize = 'trigram');

-- The documents found on a page (its attachments), for the report view.
CREATE INDEX urls_found_on ON urls(found_on) WHERE found_on IS NOT NULL;
