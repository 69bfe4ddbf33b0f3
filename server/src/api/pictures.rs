//! The pictures as files: `GET /api/v1/workshops/{id}/grid.svg` and `grid.png`, with query
//! `group`, `lang`, `category`, `level` (comma-separated ids), `width`, `height` and, for links
//! that cannot send headers, `token`.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use app::chart::{GridLayout, GridOptions, grid_input};
use app::domain::{CategoryId, GroupId, Language, LevelId, Workshop};

use super::ApiError;
use super::extract::{bearer, workshop_id};
use crate::AppState;
use crate::pictures::{MAX_SIDE, MIN_SIDE, PictureError};

#[derive(Deserialize, Default)]
pub struct PictureQuery {
    group: Option<String>,
    lang: Option<String>,
    category: Option<String>,
    level: Option<String>,
    width: Option<String>,
    height: Option<String>,
    token: Option<String>,
}

enum Format {
    Svg,
    Png,
}

pub async fn grid_svg(
    state: State<AppState>,
    id: Path<String>,
    headers: HeaderMap,
    query: Result<Query<PictureQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    grid(state, id, headers, query, Format::Svg).await
}

pub async fn grid_png(
    state: State<AppState>,
    id: Path<String>,
    headers: HeaderMap,
    query: Result<Query<PictureQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    grid(state, id, headers, query, Format::Png).await
}

fn invalid(message: String) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_query", message)
}

/// Reads the query against the workshop: every id must be one of its own.
fn options(w: &Workshop, q: &PictureQuery) -> Result<(GridOptions, Language), ApiError> {
    let group = match q.group.as_deref().filter(|g| !g.is_empty()) {
        None => None,
        Some(raw) => {
            let id: GroupId = raw.parse().map_err(|_| ApiError::not_found("the group"))?;
            w.group(id)
                .ok_or_else(|| ApiError::not_found("the group"))?;
            Some(id)
        }
    };
    let lang = match q.lang.as_deref() {
        None | Some("") => w.language(),
        Some(code) => Language::from_code(code)
            .ok_or_else(|| invalid(format!("lang {code:?} is not one of ru, ky, en")))?,
    };
    let list = |raw: &Option<String>| -> Vec<String> {
        raw.as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let categories = list(&q.category)
        .into_iter()
        .map(|c| {
            let id = CategoryId::new(&c);
            w.categories()
                .contains(&id)
                .then_some(id)
                .ok_or_else(|| invalid(format!("category {c:?} is not one of this workshop's")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let levels = list(&q.level)
        .into_iter()
        .map(|l| {
            let id = LevelId::new(&l);
            w.levels()
                .contains(&id)
                .then_some(id)
                .ok_or_else(|| invalid(format!("level {l:?} is not one of this workshop's")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((
        GridOptions {
            group,
            categories,
            levels,
        },
        lang,
    ))
}

async fn grid(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    query: Result<Query<PictureQuery>, QueryRejection>,
    format: Format,
) -> Result<Response, ApiError> {
    let id = workshop_id(&id)?;
    let Query(query) = query.map_err(|e| invalid(e.body_text()))?;
    let secret = bearer(&headers)
        .or(query.token.clone())
        .ok_or_else(ApiError::unauthorized)?;
    state.workshops.authorize(id, &secret)?;
    let side = |raw: &Option<String>, default: u32| match raw.as_deref() {
        None | Some("") => Ok(default),
        Some(raw) => raw
            .parse::<u32>()
            .ok()
            .filter(|v| (MIN_SIDE..=MAX_SIDE).contains(v))
            .ok_or_else(|| {
                invalid(
                    PictureError::Size {
                        min: MIN_SIDE,
                        max: MAX_SIDE,
                    }
                    .to_string(),
                )
            }),
    };
    let (width, height) = (side(&query.width, 1920)?, side(&query.height, 1080)?);
    let input = state.workshops.read(id, |w, _| {
        options(w, &query).map(|(o, lang)| grid_input(w, &o, lang))
    })??;
    let layout = GridLayout::compute(&input, f64::from(width), f64::from(height));
    let (body, content_type, extension) = match format {
        Format::Svg => (
            app::chart::svg(&layout).into_bytes(),
            "image/svg+xml; charset=utf-8",
            "svg",
        ),
        Format::Png => {
            // Rasterising a 4K picture takes tens of milliseconds: off the async workers.
            let png = tokio::task::spawn_blocking(move || crate::pictures::png(&layout))
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "PNG task failed");
                    ApiError::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "internal",
                        "the picture could not be drawn; try again",
                    )
                })?
                .map_err(|e| {
                    tracing::error!(error = %e, "PNG failed");
                    ApiError::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "internal",
                        "the picture could not be drawn; try again",
                    )
                })?;
            (png, "image/png", "png")
        }
    };
    Ok((
        [
            (CONTENT_TYPE, content_type.to_owned()),
            (CACHE_CONTROL, "no-store".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("inline; filename=\"stakemap-grid.{extension}\""),
            ),
            // An SVG opened on its own runs nothing.
            (
                axum::http::header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'".to_owned(),
            ),
            (
                axum::http::header::X_CONTENT_TYPE_OPTIONS,
                "nosniff".to_owned(),
            ),
        ],
        body,
    )
        .into_response())
}
