//! Describing codes with a catalog's locale: descriptions and citations.

mod citation;
mod description;

pub use self::citation::Citation;
pub use self::description::Description;
