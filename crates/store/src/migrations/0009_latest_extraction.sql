-- Which extraction of a capture is its current one, kept by the database itself.
-- Readers used to find it with a correlated max(extractor_version) per row, which
-- made every filter of `nianbao serve`'s search and overview walk the whole table.
-- `latest` is 1 on exactly one row per extracted capture (the highest version);
-- the triggers keep it so whatever writes extractions, and the partial indexes
-- below let a filter on the current rows use an index.
ALTER TABLE extractions ADD COLUMN latest INTEGER NOT NULL DEFAULT 0;

UPDATE extractions SET latest = 1
WHERE extractor_version =
      (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = extractions.capture_id);

CREATE TRIGGER extractions_latest_insert AFTER INSERT ON extractions
BEGIN
    UPDATE extractions SET latest = (extractor_version =
           (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = NEW.capture_id))
    WHERE capture_id = NEW.capture_id;
END;

CREATE TRIGGER extractions_latest_delete AFTER DELETE ON extractions
BEGIN
    UPDATE extractions SET latest = (extractor_version =
           (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = OLD.capture_id))
    WHERE capture_id = OLD.capture_id;
END;

CREATE INDEX extractions_latest_capture ON extractions(capture_id) WHERE latest = 1;
CREATE INDEX extractions_latest_year ON extractions(report_year, capture_id) WHERE latest = 1;
CREATE INDEX extractions_latest_doc_type ON extractions(doc_type, capture_id) WHERE latest = 1;
CREATE INDEX extractions_latest_consistency ON extractions(consistency, capture_id) WHERE latest = 1;
CREATE INDEX extractions_latest_province ON extractions(province, capture_id) WHERE latest = 1;
CREATE INDEX extractions_latest_level ON extractions(admin_level, capture_id) WHERE latest = 1;

-- The archive's latest capture time (the overview's "as of", `export --since`'s
-- default) without reading every capture.
CREATE INDEX captures_fetched ON captures(fetched_at);
