//! The picture routes' query: what to draw, as text (see `pictures`).

use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use serde::Deserialize;

/// What to draw. Every value arrives as text, so that a wrong one is answered with a message
/// that names it (422 `invalid_query`), not a bare parse failure.
#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PictureQuery {
    /// One group's map; every group's when absent.
    #[param(value_type = Option<uuid::Uuid>)]
    pub(super) group: Option<String>,
    /// The labels' language; the workshop's when absent.
    #[param(value_type = Option<app::domain::Language>)]
    pub(super) lang: Option<String>,
    /// Only these categories: comma-separated ids.
    pub(super) category: Option<String>,
    /// Only these levels: comma-separated ids.
    pub(super) level: Option<String>,
    /// The combined map instead of the groups' entries.
    #[param(value_type = Option<bool>)]
    pub(super) combined: Option<String>,
    /// Width in pixels, 200–7680 (1920 when absent); a PNG has at most the server's pixel
    /// budget (3840 × 2160 by default).
    #[param(value_type = Option<u32>, minimum = 200, maximum = 7680)]
    pub(super) width: Option<String>,
    /// Height in pixels, 200–7680 (1080 when absent).
    #[param(value_type = Option<u32>, minimum = 200, maximum = 7680)]
    pub(super) height: Option<String>,
    /// Which page, from 1, when the picture has more (`X-Stakemap-Pages`).
    #[param(value_type = Option<u32>, minimum = 1)]
    pub(super) page: Option<String>,
    /// A crowded picture as one (`all`), as small multiples by category (`category`) or as
    /// its size suggests (`auto`, the default).
    #[param(pattern = "^(auto|all|category)$")]
    pub(super) panels: Option<String>,
    /// The maps at a moment: a round's number, `seq:<n>` (after the first n edits) or `now`.
    pub(super) round: Option<String>,
    /// The grid at `round` compared with this moment (same forms): arrows from where each
    /// stakeholder was at `round` to where it is at `compare`.
    pub(super) compare: Option<String>,
    /// The combined grid now compared with this baseline (its id, `GET …/baselines`): arrows
    /// from where each actor was in the baseline.
    #[param(value_type = Option<uuid::Uuid>)]
    pub(super) baseline: Option<String>,
    /// A single-use download ticket (`POST …/tickets`), for plain links.
    pub(super) ticket: Option<String>,
}

pub(super) type Q = Result<Query<PictureQuery>, QueryRejection>;
