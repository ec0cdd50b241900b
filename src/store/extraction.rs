//! Extraction rows (filled in when extraction lands).
