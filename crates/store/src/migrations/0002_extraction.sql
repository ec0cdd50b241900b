-- Extraction output: a pure function of a capture, re-run when the extractor improves.
CREATE TABLE extractions (
    capture_id      INTEGER NOT NULL REFERENCES captures(id),
    extractor_version INTEGER NOT NULL,
    extracted_at    TEXT NOT NULL,
    text_status     TEXT NOT NULL,
    title           TEXT,
    doc_type        TEXT,
    agency          TEXT,
    province        TEXT,
    admin_level     TEXT,
    report_year     INTEGER,
    published_date  TEXT,
    published_date_source TEXT,
    format          TEXT,
    script          TEXT,
    repost          INTEGER,
    proactive_total INTEGER,
    requests_received INTEGER,
    requests_granted INTEGER,
    reconsiderations INTEGER,
    lawsuits        INTEGER,
    consistency     TEXT,
    consistency_issues TEXT,                   -- JSON array of strings
    approximate     TEXT,                      -- JSON array of field names
    notes           TEXT,                      -- JSON array of strings
    output_sha      TEXT NOT NULL,             -- hash of the whole output: --all rewrites only what changed
    PRIMARY KEY (capture_id, extractor_version)
);

CREATE TABLE cells (
    capture_id      INTEGER NOT NULL,
    extractor_version INTEGER NOT NULL,
    tbl             TEXT NOT NULL,
    row             TEXT NOT NULL,
    col             TEXT NOT NULL,
    value           TEXT,
    PRIMARY KEY (capture_id, extractor_version, tbl, row, col)
) WITHOUT ROWID;
