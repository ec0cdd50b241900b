-- Why an extraction decided what it did (extractor version 3 on): the
-- doc_type verdict's reason ("title:annual_report_pattern",
-- "body:statutory_sections(5/6)+tables(3)", "news:记者") and where
-- report_year was read ("statistics_period", "first_paragraph", "title", "heading").
-- Nullable: rows of older extractor versions have neither.
ALTER TABLE extractions ADD COLUMN doc_type_reason TEXT;
ALTER TABLE extractions ADD COLUMN report_year_source TEXT;
