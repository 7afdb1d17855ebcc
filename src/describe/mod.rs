//! Describing codes: the locale handle a negotiation gives, and the descriptions it makes.

mod citation;
mod description;
mod locale;

pub use self::citation::Citation;
pub use self::description::Description;
pub use self::locale::{Direction, Locale};
