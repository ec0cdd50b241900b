-- Where an extraction's text came from and what stopped it (every document
-- form is read from extractor version 4 on): text_source is html, pdf_text,
-- ocr, doc, docx or wps; ocr_confidence the mean Tesseract word confidence
-- (0-100) of OCR'd text; needs_tool the missing external tool's name when
-- text_status is 'needs_tool'. Nullable: older rows have none of them.
ALTER TABLE extractions ADD COLUMN text_source TEXT;
ALTER TABLE extractions ADD COLUMN ocr_confidence REAL;
ALTER TABLE extractions ADD COLUMN needs_tool TEXT;

-- One report, one record: the page a URL was first found on (its capture), so an
-- attachment can be tied to the short page that only links it ("详见附件").
-- note_capture_id (on the attachment's extraction) names that page;
-- attachment_capture_id (on the page's, whose doc_type is then attachment_note)
-- names the attachment. Set by the linking pass after each extraction run.
ALTER TABLE urls ADD COLUMN found_on INTEGER;
ALTER TABLE extractions ADD COLUMN note_capture_id INTEGER;
ALTER TABLE extractions ADD COLUMN attachment_capture_id INTEGER;
