//! How the types whose serde form is a name from a fixed list describe themselves in the
//! API's OpenAPI contract (server only): the list is the code's own, so the contract cannot
//! name a file or an error code the server does not know.

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

use crate::files::{ExportFile, TemplateFile};
use crate::wire::ErrorCode;

fn names<'a>(values: impl IntoIterator<Item = &'a str>, description: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .description(Some(description))
        .into()
}

impl PartialSchema for ErrorCode {
    fn schema() -> RefOr<Schema> {
        names(
            ErrorCode::ALL.iter().map(|c| c.as_str()),
            "A stable error code to match on; `docs/API.md` says when each is sent.",
        )
    }
}

impl ToSchema for ErrorCode {}

impl PartialSchema for ExportFile {
    fn schema() -> RefOr<Schema> {
        names(
            ExportFile::ALL.map(ExportFile::name),
            "An analysts' file, by its name.",
        )
    }
}

impl ToSchema for ExportFile {}

impl PartialSchema for TemplateFile {
    fn schema() -> RefOr<Schema> {
        names(
            TemplateFile::ALL.map(TemplateFile::name),
            "An import template, by its name.",
        )
    }
}

impl ToSchema for TemplateFile {}
