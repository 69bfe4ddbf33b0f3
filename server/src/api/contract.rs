//! The API's contract: an OpenAPI 3.1 document made from the handlers' `#[utoipa::path]`s, the
//! path and query types they read and the wire types' own schemas, served at
//! `/api/v1/openapi.json` and fuzzed by schemathesis in the test script. Routes join the router
//! only through `utoipa_axum::routes!`, so a route the document lacks cannot exist. What is
//! written here by hand is only what no type says: the errors every call can answer, the
//! files' content types, the key scheme.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Extension;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::response::{Response as Answer, ResponseBuilder};
use utoipa::openapi::schema::{ArrayItems, KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{Components, ContentBuilder, Ref, RefOr};
use utoipa::{IntoResponses, Modify, OpenApi, PartialSchema, ToSchema};

use app::domain::{MAX_STRENGTH, limits};
use app::export::WorkshopFile;
use app::files::{ExportFile, ImageFormat, TemplateFile};
use app::wire::{ErrorBody, ErrorCode};

use super::ApiError;

/// The document's root; the operations come from the router (`super::routes`).
#[derive(OpenApi)]
#[openapi(
    info(
        title = "stakemap API",
        description = "Workshops, their groups' stakeholders and relationships, the combined \
            map, pictures and analysts' files. Errors are `{\"error\": {\"code\", \"message\", \
            …}}`. The reference with examples is docs/API.md in the repository."
    ),
    servers((url = "/api/v1", description = "this server")),
    components(schemas(ErrorBody, ExportFile, TemplateFile, WorkshopFile)),
    modifiers(&KeyScheme),
    tags(
        (name = "workshops", description = "Creating, importing and reading workshops"),
        (name = "joining", description = "A tablet joins a group with its code"),
        (name = "stakeholders", description = "A group's stakeholders: each call is one edit"),
        (name = "relationships", description = "Relationships between one group's stakeholders"),
        (name = "combined", description = "The combined map and the moderator's merges"),
        (name = "timer", description = "The plenary's countdown"),
        (name = "rounds", description = "Rounds: the maps kept at a moment, for comparing"),
        (name = "baselines", description = "Baselines: another workshop's map to compare this one with"),
        (name = "live", description = "The live feed (a websocket)"),
        (name = "pictures", description = "The grid, the graph and the disagreements, drawn"),
        (name = "files", description = "Analysts' files, import templates and imports"),
        (name = "access", description = "Links, tablets, join codes and sharing"),
        (name = "demo", description = "The demo workshop on the home page"),
        (name = "server", description = "Where tablets reach this server"),
        (name = "contract", description = "This document"),
    )
)]
pub struct Document;

/// The name of the key scheme that `security(("key" = []))` points at.
pub const KEY: &str = "key";

/// Keys travel as `Authorization: Bearer …`: the moderator key, an analyst's or viewer's key,
/// a tablet's token, or the server's admin key.
struct KeyScheme;

impl Modify for KeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.description = Some(
            "The moderator key (from creating a workshop), an analyst's or viewer's key, a \
             tablet's token (from joining) or, for creating, the server's admin key."
                .to_owned(),
        );
        openapi
            .components
            .get_or_insert_with(Components::new)
            .add_security_scheme(KEY, SecurityScheme::Http(scheme));
    }
}

/// States the domain's limits that a schema can — text lengths, how many, fixed ranges — from
/// `domain::limits`, so that clients see them and the fuzzer sends more of what the domain
/// takes. The rules a schema cannot state (blank once trimmed, the workshop's own scale and
/// vocabulary, refused characters) stay the domain's: 422 with the field and the reason.
/// Called on the whole document (`super::router`): the schemas arrive with the routes.
pub fn state_limits(openapi: &mut utoipa::openapi::OpenApi) {
    let Some(components) = openapi.components.as_mut() else {
        return;
    };
    let schemas = &mut components.schemas;
    let stakeholder_texts = [
        ("name", limits::NAME),
        ("interests", limits::TEXT),
        ("cooperation", limits::TEXT),
        ("notes", limits::TEXT),
    ];
    let texts = ["StakeholderFields", "StakeholderPatch"]
        .into_iter()
        .flat_map(|schema| stakeholder_texts.map(|(field, max)| (schema, field, max)))
        .chain([
            ("CreateWorkshop", "title", limits::TITLE),
            ("CreateWorkshop", "focal", limits::FOCAL),
            ("CreateWorkshop", "question", limits::QUESTION),
            ("CreateWorkshop", "place", limits::PLACE),
            ("NewTimer", "label", limits::TIMER_LABEL),
            ("NewRound", "name", limits::ROUND_NAME),
            ("NewKey", "label", limits::KEY_LABEL),
        ]);
    for (schema, field, max) in texts {
        if let Some(Schema::Object(text)) = property(schemas, schema, field) {
            text.max_length = Some(max);
        }
    }
    let ranges = [
        ("NewTimer", "seconds", limits::TIMER_SECONDS),
        ("RelationshipFields", "strength", u32::from(MAX_STRENGTH)),
        ("RelationshipPatch", "strength", u32::from(MAX_STRENGTH)),
    ];
    for (schema, field, max) in ranges {
        if let Some(Schema::Object(number)) = property(schemas, schema, field) {
            number.minimum = Some(1u32.into());
            number.maximum = Some(max.into());
        }
    }
    let lists = [
        ("CreateWorkshop", "groups", 1, limits::GROUPS),
        ("NewMerge", "members", 2, limits::MERGE_MEMBERS),
    ];
    for (schema, field, min, max) in lists {
        if let Some(Schema::Array(list)) = property(schemas, schema, field) {
            list.min_items = Some(min);
            list.max_items = Some(max);
        }
    }
    if let Some(Schema::Array(groups)) = property(schemas, "CreateWorkshop", "groups")
        && let ArrayItems::RefOrSchema(name) = &mut groups.items
        && let RefOr::T(Schema::Object(name)) = name.as_mut()
    {
        name.max_length = Some(limits::GROUP_NAME);
    }
}

/// A property of a component schema, when both are there as plain schemas. A name that is
/// not there is a test failure (`it/contract.rs` builds the document in debug).
fn property<'a>(
    schemas: &'a mut BTreeMap<String, RefOr<Schema>>,
    schema: &str,
    field: &str,
) -> Option<&'a mut Schema> {
    let found = match schemas.get_mut(schema) {
        Some(RefOr::T(Schema::Object(object))) => match object.properties.get_mut(field) {
            Some(RefOr::T(property)) => Some(property),
            _ => None,
        },
        _ => None,
    };
    debug_assert!(found.is_some(), "no property {schema}.{field} to limit");
    found
}

/// The error answers any call can give: status, when, and whether `Retry-After` says when to
/// try again. Every body is an [`ErrorBody`].
const ERRORS: &[(u16, &str, bool)] = &[
    (
        400,
        "The body or the request could not be read (`malformed`).",
        false,
    ),
    (
        401,
        "No key, a key that is not valid or was taken back (`unauthorized`, `revoked`, `admin_key`).",
        false,
    ),
    (
        403,
        "The key may not do this (`forbidden`, `read_only`, `moderator_only`, `wrong_workshop`, `not_your_group`, `joining_closed`, `admin_key`).",
        false,
    ),
    (
        404,
        "No such workshop, stakeholder, relationship, merge, group, link, tablet, join code or file (`not_found`, `unknown_*`).",
        false,
    ),
    (
        408,
        "The request took longer than the server's request timeout (`timeout`).",
        false,
    ),
    (
        409,
        "The timer was stopped again at once (`timer_stopped`).",
        false,
    ),
    (413, "The body is over its limit (`too_large`).", false),
    (
        415,
        "The body is not sent as `application/json` (`content_type`).",
        false,
    ),
    (
        422,
        "JSON of the wrong shape, values the workshop refuses, a query or file it cannot use (`invalid_json`, `invalid_query`, the domain's codes).",
        false,
    ),
    (
        429,
        "Too many join attempts from one address, or edits with one key (`rate_limited`).",
        true,
    ),
    (
        500,
        "The server failed; the details are in its log (`internal`).",
        false,
    ),
    (503, "Too much heavy work at once (`busy`).", true),
    (
        507,
        "The server cannot save now; nothing was changed (`storage_unavailable`).",
        true,
    ),
];

/// The error answers of [`ERRORS`], for `responses(…, Errors)`.
pub struct Errors;

impl IntoResponses for Errors {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        ERRORS
            .iter()
            .map(|&(status, when, retry)| {
                let body = ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorBody")))
                    .build();
                let mut answer = ResponseBuilder::new()
                    .description(when)
                    .content("application/json", body);
                if retry {
                    answer = answer.header(
                        "Retry-After",
                        number("Seconds to wait before trying again."),
                    );
                }
                (status.to_string(), answer.build().into())
            })
            .collect()
    }
}

/// A header that carries a whole number.
fn number(description: &str) -> Header {
    HeaderBuilder::new()
        .schema(Some(ObjectBuilder::new().schema_type(Type::Integer)))
        .description(Some(description))
        .build()
}

/// A file's bytes: no JSON schema describes them.
fn bytes() -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
        .into()
}

/// A file's bytes as a request body (an import).
pub struct FileBytes;

impl PartialSchema for FileBytes {
    fn schema() -> RefOr<Schema> {
        bytes().into()
    }
}

impl ToSchema for FileBytes {}

/// A 200 answer that is a file, one content type each with its schema.
fn file_answer<'a>(
    description: &str,
    contents: impl IntoIterator<Item = (&'a str, RefOr<Schema>)>,
) -> ResponseBuilder {
    contents.into_iter().fold(
        ResponseBuilder::new().description(description),
        |answer, (content_type, schema)| {
            answer.content(
                content_type,
                ContentBuilder::new().schema(Some(schema)).build(),
            )
        },
    )
}

fn ok(answer: ResponseBuilder) -> BTreeMap<String, RefOr<Answer>> {
    BTreeMap::from([("200".to_owned(), answer.build().into())])
}

/// `GET …/export/{file}`: the file, of its own content type; `workshop.json` is a
/// [`WorkshopFile`], the rest bytes.
pub struct ExportAnswer;

impl IntoResponses for ExportAnswer {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        let contents = ExportFile::ALL.map(|file| {
            let schema = match file {
                ExportFile::WorkshopJson => Ref::from_schema_name(WorkshopFile::name()).into(),
                _ => bytes().into(),
            };
            (file.content_type(), schema)
        });
        ok(file_answer("The file.", contents))
    }
}

/// `GET …/template/{file}`: the template, of its own content type.
pub struct TemplateAnswer;

impl IntoResponses for TemplateAnswer {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        let contents = TemplateFile::ALL.map(|file| (file.content_type(), bytes().into()));
        ok(file_answer("The template.", contents))
    }
}

/// A picture: SVG or PNG, with its page count when it has more than one page.
fn picture_answer(format: ImageFormat) -> BTreeMap<String, RefOr<Answer>> {
    ok(
        file_answer("The picture.", [(format.content_type(), bytes().into())]).header(
            "X-Stakemap-Pages",
            number("How many pages the picture has, when more than one; `page` picks one."),
        ),
    )
}

/// The SVG pictures' answers.
pub struct SvgAnswer;

impl IntoResponses for SvgAnswer {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        picture_answer(ImageFormat::Svg)
    }
}

/// The PNG pictures' answers.
pub struct PngAnswer;

impl IntoResponses for PngAnswer {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        picture_answer(ImageFormat::Png)
    }
}

/// The document as served, written once when the router is built (`super::router`).
#[derive(Clone)]
pub struct Written(pub Option<Arc<str>>);

/// This document, as JSON.
#[utoipa::path(
    get,
    path = "/openapi.json",
    operation_id = "openapi",
    tag = "contract",
    responses(
        (status = 200, description = "The OpenAPI 3.1 document of this API.", body = Object),
        Errors,
    )
)]
pub async fn openapi(Extension(Written(json)): Extension<Written>) -> Response {
    match json {
        Some(json) => ([(CONTENT_TYPE, "application/json")], json.to_string()).into_response(),
        None => ApiError::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            "the API's description could not be written",
        )
        .into_response(),
    }
}
