//! `serde` support (feature `serde`).
//!
//! A [`StatusCode`] serializes as its number and deserializes from a number or a name (any
//! case, aliases included). A [`Description`] serializes as an object with stable field names.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::catalog::locale::Locale;
use crate::describe::Description;
use crate::spec::Reference;
use crate::status::StatusCode;

impl Serialize for StatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for StatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;

        impl Visitor<'_> for CodeVisitor {
            type Value = StatusCode;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a registered HTTP status code, as a number or a name")
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StatusCode, E> {
                let code =
                    u16::try_from(v).map_err(|_| E::custom(format!("{v} is not a status code")))?;
                StatusCode::from_u16(code).map_err(E::custom)
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StatusCode, E> {
                let code =
                    u64::try_from(v).map_err(|_| E::custom(format!("{v} is not a status code")))?;
                self.visit_u64(code)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<StatusCode, E> {
                v.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_any(CodeVisitor)
    }
}

/// The fields, in order: `code`, `name`, `aliases`, `phrase`, `title`, `description`, `class`,
/// `class_title`, `locale`, `direction`, `registered`, `lifecycle`, `cacheable`, `no_content`,
/// `references`. For an unregistered code, `name`, `phrase`, `lifecycle`, `cacheable` and
/// `no_content` are `null` and `aliases` and `references` are empty.
impl Serialize for Description<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let status = self.status();
        let locale = self.locale();
        let mut s = serializer.serialize_struct("Description", 15)?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("name", &status.map(StatusCode::name))?;
        s.serialize_field("aliases", status.map_or(&[][..], StatusCode::aliases))?;
        s.serialize_field("phrase", &self.phrase())?;
        s.serialize_field("title", self.title())?;
        s.serialize_field("description", self.description())?;
        s.serialize_field("class", self.class().as_str())?;
        s.serialize_field("class_title", self.class_title())?;
        s.serialize_field("locale", &locale.to_string())?;
        s.serialize_field("direction", locale.direction().as_str())?;
        s.serialize_field("registered", &self.is_registered())?;
        s.serialize_field("lifecycle", &self.lifecycle().map(|l| l.as_str()))?;
        s.serialize_field("cacheable", &status.map(StatusCode::is_heuristically_cacheable))?;
        s.serialize_field("no_content", &status.map(StatusCode::has_no_content))?;
        s.serialize_field("references", &References { locale, references: self.references() })?;
        s.end()
    }
}

struct References<'a> {
    locale: Locale<'a>,
    references: &'static [Reference],
}

impl Serialize for References<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.references.len()))?;
        for &reference in self.references {
            seq.serialize_element(&LocalizedReference { locale: self.locale, reference })?;
        }
        seq.end()
    }
}

struct LocalizedReference<'a> {
    locale: Locale<'a>,
    reference: Reference,
}

impl Serialize for LocalizedReference<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.reference;
        let mut s = serializer.serialize_struct("Reference", 7)?;
        s.serialize_field("spec", r.spec().id())?;
        s.serialize_field("rfc", &r.spec().rfc())?;
        s.serialize_field("section", &r.section())?;
        s.serialize_field("experimental", &r.is_experimental())?;
        s.serialize_field("title", self.locale.spec_title(r.spec()))?;
        s.serialize_field("citation", &self.locale.cite(r).to_string())?;
        s.serialize_field("url", &r.url())?;
        s.end()
    }
}

/// `{"severity", "kind", "path", "line", "column", "message"}`; `kind` is
/// [`DiagnosticKind::as_str`](crate::diagnostic::DiagnosticKind::as_str).
impl Serialize for crate::diagnostic::Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Diagnostic", 6)?;
        s.serialize_field("severity", self.severity().as_str())?;
        s.serialize_field("kind", self.kind().as_str())?;
        s.serialize_field("path", self.path())?;
        s.serialize_field("line", &self.line())?;
        s.serialize_field("column", &self.column())?;
        s.serialize_field("message", self.message())?;
        s.end()
    }
}
