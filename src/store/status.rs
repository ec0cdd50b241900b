//! Status queries.
