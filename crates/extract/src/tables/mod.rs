//! The three statutory tables, from whatever rendering the page uses, to
//! canonical `(table, row, column, value)` cells.
//!
//! Every rendering is first reduced to the same intermediate form, a sequence
//! of [`Row`]s (label texts, then value cells), and one interpreter
//! ([`keys`]) maps rows to canonical keys. That way `<table>` markup with
//! rowspan/colspan ([`markup`]), a table split into several `<table>`s
//! (the rows simply continue), one paragraph per cell and PDF layout text
//! ([`flat`]) all share the label matching, which is where the real
//! knowledge (and the bugs) live.

pub mod flat;
pub mod keys;
pub mod markup;

/// One table row reduced to its label texts and its value cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// Label cells (or label lines) in order, most specific last.
    pub labels: Vec<String>,
    /// Value cells: normalised numbers, None for a printed blank/—.
    pub values: Vec<Option<String>>,
}
