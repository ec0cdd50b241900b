-- Where an extraction's text came from and what stopped it (every document
-- form is read from extractor version 4 on): text_source is html, pdf_text,
-- ocr, doc, docx or wps; ocr_confidence the mean Tesseract word confidence
-- (0-100) of OCR'd text; needs_tool the missing external tool's name when
-- text_status is 'needs_tool'. Nullable: older rows have none of them.
ALTER TABLE extractions ADD COLUMN text_source TEXT;
ALTER TABLE extractions ADD COLUMN ocr_confidence REAL;
ALTER TABLE extractions ADD COLUMN needs_tool TEXT;
