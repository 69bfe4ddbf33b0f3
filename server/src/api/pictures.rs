//! The pictures as files — `GET /api/v1/workshops/{id}/grid.svg`, `grid.png`, `graph.svg`,
//! `graph.png`, `contested.svg`, `contested.png` — with query `group`, `lang`, `category`,
//! `level` (comma-separated ids), `width`, `height`, `page` and, for links that cannot send
//! headers, `ticket`; and the graph's measures as JSON (`measures`). A picture that needs more
//! than one page (a key that goes on, a long list of disagreements) answers with its page
//! count in `X-Stakemap-Pages`; `page` (from 1) picks one.

use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use std::collections::HashMap;

use app::chart::{
    ContestedLayout, GraphLayout, GraphPanels, GridLayout, GridOptions, GridPanels, KeyPage,
    compared, contested_input, graph_input, grid_input, query_list, svg,
};
use app::domain::{CategoryId, Language, LevelId, Workshop, combine};
use app::files::{ImageFormat, Picture, PictureFile};
use app::i18n::moment_name;
use app::wire::{ErrorCode, MeasuresView};

use super::ApiError;
use super::contract::Errors;
use super::extract::workshop_id;
use super::paths::{ApiPath, WorkshopPath};
use super::query;
use crate::AppState;
use crate::pictures::{MAX_SIDE, MIN_SIDE, PictureError};
use crate::workshops::Bearer;

pub(super) use super::picture_query::{PictureQuery, Q};

/// The relationship graph's measures.
///
/// Per stakeholder degree, betweenness, component and community, and the stakeholders to
/// watch.
#[utoipa::path(
    get,
    path = "/workshops/{id}/measures",
    operation_id = "measures",
    tag = "pictures",
    params(WorkshopPath, PictureQuery),
    security(("key" = []), ()),
    responses((status = 200, description = "The measures.", body = MeasuresView), Errors)
)]
pub async fn measures(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    headers: HeaderMap,
    query: Q,
) -> Result<axum::Json<MeasuresView>, ApiError> {
    let id = workshop_id(&id)?;
    let Query(query) = query.map_err(|e| invalid(e.body_text()))?;
    let caller = authorize(&state, id, &headers, &query)?;
    // Betweenness is O(n·m): in the heavy pool, on a copy taken under the lock.
    let shared = state.clone();
    let view = state
        .heavy
        .run("graph's measures", move || {
            let (workshop, o, lang) = copy(&shared, id, &query, &caller)?;
            let workshop = query::at(
                &shared,
                workshop,
                query::moment(query.round.as_deref(), "round")?,
            )?;
            Ok(MeasuresView::of(&graph_input(&workshop, &o, lang)))
        })
        .await?;
    Ok(axum::Json(view))
}

fn authorize(
    state: &AppState,
    id: app::domain::WorkshopId,
    headers: &HeaderMap,
    q: &PictureQuery,
) -> Result<Bearer, ApiError> {
    query::caller(state, id, headers, q.ticket.as_deref())
}

fn invalid(message: String) -> ApiError {
    query::invalid(message)
}

/// Reads the query against the workshop: every id must be one of its own.
/// Reads the query against the workshop, for a caller who must be allowed the scope.
fn options(
    w: &Workshop,
    q: &PictureQuery,
    caller: &Bearer,
) -> Result<(GridOptions, Language), ApiError> {
    let scope = query::scope(w, q.group.as_deref(), q.combined.as_deref())?;
    query::may_read(caller, w, scope)?;
    let lang = query::lang(w, q.lang.as_deref())?;
    let categories = known(&q.category, w.categories(), CategoryId::new, "category")?;
    let levels = known(&q.level, w.levels(), LevelId::new, "level")?;
    Ok((
        GridOptions {
            scope,
            categories,
            levels,
            panels: query::panels(q.panels.as_deref())?,
            // The moments are read apart (`Input::at`): they choose the workshop, not its part.
            ..GridOptions::default()
        },
        lang,
    ))
}

/// A comma-separated list of ids, each one of the workshop's `own` (named `what` when not).
fn known<T: PartialEq>(
    raw: &Option<String>,
    own: &[T],
    id: impl Fn(&str) -> T,
    what: &str,
) -> Result<Vec<T>, ApiError> {
    query_list(raw.as_deref().unwrap_or_default())
        .into_iter()
        .map(|raw| {
            let id = id(&raw);
            own.contains(&id)
                .then_some(id)
                .ok_or_else(|| invalid(format!("{what} {raw:?} is not one of this workshop's")))
        })
        .collect()
}

/// A picture's size in pixels, `default` when the query does not say.
fn side(raw: &Option<String>, default: u32) -> Result<u32, ApiError> {
    match raw.as_deref() {
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
    }
}

/// The page asked for, from 1.
fn page_number(raw: Option<&str>) -> Result<usize, ApiError> {
    match raw {
        None | Some("") => Ok(1),
        Some(raw) => raw
            .parse::<usize>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| invalid(format!("page {raw:?} is not a page number (1, 2, …)"))),
    }
}

/// One picture file, drawn as the query says.
pub(super) async fn picture(
    State(state): State<AppState>,
    id: String,
    headers: HeaderMap,
    query: Q,
    file: PictureFile,
) -> Result<Response, ApiError> {
    let id = workshop_id(&id)?;
    let Query(query) = query.map_err(|e| invalid(e.body_text()))?;
    let caller = authorize(&state, id, &headers, &query)?;
    let size = (side(&query.width, 1920)?, side(&query.height, 1080)?);
    let budget = state.limits.max_png_pixels;
    if file.format == ImageFormat::Png && u64::from(size.0) * u64::from(size.1) > budget {
        return Err(invalid(PictureError::Pixels { max: budget }.to_string()));
    }
    let page = page_number(query.page.as_deref())?;
    // Only copying the workshop happens under its lock; laying out (up to ~0.1 s for a big
    // graph), combining the maps and rasterising a 4K picture happen after, in the heavy
    // pool, so writers and the async workers are never held up by a download.
    let shared = state.clone();
    let drawn = state
        .heavy
        .run("picture", move || {
            let (workshop, o, lang) = copy(&shared, id, &query, &caller)?;
            let input = Input::at(&shared, workshop, &query, &o, lang, file.picture)?;
            match input.draw(size, page, file.format) {
                Ok(drawn) => Ok(drawn),
                Err(DrawFailure::NoPage(count)) => Err(invalid(format!(
                    "page {page} does not exist: this picture has {count}"
                ))),
                Err(DrawFailure::Failed(e)) => Err(drawing_failed(&e)),
            }
        })
        .await?;
    Ok(drawn.response(file, page))
}

/// A copy of the workshop and the query read against it, taken under its lock.
fn copy(
    state: &AppState,
    id: app::domain::WorkshopId,
    query: &PictureQuery,
    caller: &Bearer,
) -> Result<(Workshop, GridOptions, Language), ApiError> {
    state.workshops.read(id, |w, _| {
        options(w, query, caller).map(|(o, lang)| (w.clone(), o, lang))
    })?
}

/// What a picture is drawn from, read from the workshop under its lock.
enum Input {
    /// With whether it is split into small multiples.
    Grid(Box<app::chart::GridInput>, Language, bool),
    /// With whether it is split into small multiples.
    Graph(Box<app::chart::GraphInput>, Language, bool),
    Contested(Box<app::chart::ContestedInput>, Language),
}

impl Input {
    /// The picture at the query's `round`, or the grid at `round` compared with `compare`.
    fn at(
        state: &AppState,
        now: Workshop,
        q: &PictureQuery,
        o: &GridOptions,
        lang: Language,
        kind: Picture,
    ) -> Result<Self, ApiError> {
        if let Some(raw) = q.baseline.as_deref().filter(|b| !b.is_empty()) {
            if kind != Picture::Grid || !o.scope.is_combined() {
                return Err(invalid("baseline is for the combined grid only".to_owned()));
            }
            let input = super::baselines::grid_against(&now, raw, o, lang)?;
            let split = o.panels.split(input.points.len());
            return Ok(Input::Grid(Box::new(input), lang, split));
        }
        let round = query::moment(q.round.as_deref(), "round")?;
        let Some(raw) = q.compare.as_deref().filter(|c| !c.is_empty()) else {
            return Ok(Self::read(&query::at(state, now, round)?, o, lang, kind));
        };
        let later = query::moment(Some(raw), "compare")?;
        if kind != Picture::Grid {
            return Err(invalid("compare is for the grid only".to_owned()));
        }
        let names = (
            moment_name(&now, round, lang),
            moment_name(&now, later, lang),
        );
        let then = query::at(state, now.clone(), round)?;
        let shown = query::at(state, now, later)?;
        let input = compared(
            grid_input(&shown, o, lang),
            grid_input(&then, o, lang).points,
            lang,
            (&names.0, &names.1),
        );
        let split = o.panels.split(input.points.len());
        Ok(Input::Grid(Box::new(input), lang, split))
    }

    fn read(workshop: &Workshop, o: &GridOptions, lang: Language, kind: Picture) -> Self {
        match kind {
            Picture::Grid => {
                let input = grid_input(workshop, o, lang);
                let split = o.panels.split(input.points.len());
                Input::Grid(Box::new(input), lang, split)
            }
            Picture::Graph => {
                let input = graph_input(workshop, o, lang);
                let split = o.panels.split(input.nodes.len());
                Input::Graph(Box::new(input), lang, split)
            }
            Picture::Contested => Input::Contested(
                Box::new(contested_input(workshop, &combine(workshop), lang)),
                lang,
            ),
        }
    }

    /// Every page of the picture at `w` × `h`: the picture, then its key's own pages (or the
    /// disagreements a page at a time).
    fn pages(self, w: f64, h: f64) -> Vec<Layout> {
        match self {
            Input::Grid(i, lang, split) => {
                let key = Key::of(lang, &i.words.title, &i.words.key_continues, w, h);
                if split {
                    let mut p = GridPanels::compute(&i, w, h);
                    let rest = std::mem::take(&mut p.key_rest);
                    key.after(Layout::Panels(Box::new(p)), &rest)
                } else {
                    let mut l = GridLayout::compute(&i, w, h);
                    let rest = std::mem::take(&mut l.key_rest);
                    key.after(Layout::Grid(Box::new(l)), &rest)
                }
            }
            Input::Graph(i, lang, split) => {
                let key = Key::of(lang, &i.words.title, &i.words.key_continues, w, h);
                if split {
                    let mut p = GraphPanels::compute(&i, w, h, &HashMap::new());
                    let rest = std::mem::take(&mut p.key_rest);
                    key.after(Layout::GraphPanels(Box::new(p)), &rest)
                } else {
                    let mut l = GraphLayout::compute(&i, w, h, &HashMap::new());
                    let rest = std::mem::take(&mut l.key_rest);
                    key.after(Layout::Graph(Box::new(l)), &rest)
                }
            }
            Input::Contested(i, lang) => ContestedLayout::pages(
                &i,
                |page, pages| page_title(lang, "contested-page", &i.words.title, page, pages),
                w,
                h,
            )
            .into_iter()
            .map(|l| Layout::Contested(Box::new(l)))
            .collect(),
        }
    }

    /// Page `page` (from 1) drawn as `format`, `width` × `height` pixels.
    fn draw(
        self,
        (width, height): (u32, u32),
        page: usize,
        format: ImageFormat,
    ) -> Result<Drawn, DrawFailure> {
        let mut pages = self.pages(f64::from(width), f64::from(height));
        let count = pages.len();
        if page > count {
            return Err(DrawFailure::NoPage(count));
        }
        let layout = pages.swap_remove(page - 1);
        let body = match format {
            ImageFormat::Svg => layout.svg().into_bytes(),
            ImageFormat::Png => layout.png().map_err(DrawFailure::Failed)?,
        };
        Ok(Drawn { body, pages: count })
    }
}

/// One page of a picture, drawn.
struct Drawn {
    body: Vec<u8>,
    /// How many pages the picture has.
    pages: usize,
}

impl Drawn {
    fn response(self, file: PictureFile, page: usize) -> Response {
        let name = file.download_name((self.pages > 1).then_some(page));
        (
            [
                (CONTENT_TYPE, file.format.content_type().to_owned()),
                (CACHE_CONTROL, "no-store".to_owned()),
                (CONTENT_DISPOSITION, format!("inline; filename=\"{name}\"")),
                (
                    axum::http::HeaderName::from_static("x-stakemap-pages"),
                    self.pages.to_string(),
                ),
                // That an SVG opened on its own runs nothing, and nosniff, are the API's
                // headers for every answer (`crate::headers`).
            ],
            self.body,
        )
            .into_response()
    }
}

/// Why no picture came back from drawing.
enum DrawFailure {
    NoPage(usize),
    Failed(PictureError),
}

/// A page of a picture, ready to draw.
enum Layout {
    Grid(Box<GridLayout>),
    Panels(Box<GridPanels>),
    Graph(Box<GraphLayout>),
    GraphPanels(Box<GraphPanels>),
    Key(Box<KeyPage>),
    Contested(Box<ContestedLayout>),
}

impl Layout {
    fn svg(&self) -> String {
        match self {
            Layout::Grid(l) => svg(l.as_ref()),
            Layout::Panels(l) => svg(l.as_ref()),
            Layout::Graph(l) => svg(l.as_ref()),
            Layout::GraphPanels(l) => svg(l.as_ref()),
            Layout::Key(l) => svg(l.as_ref()),
            Layout::Contested(l) => svg(l.as_ref()),
        }
    }
    fn png(&self) -> Result<Vec<u8>, PictureError> {
        match self {
            Layout::Grid(l) => crate::pictures::png(l.as_ref()),
            Layout::Panels(l) => crate::pictures::png(l.as_ref()),
            Layout::Graph(l) => crate::pictures::png(l.as_ref()),
            Layout::GraphPanels(l) => crate::pictures::png(l.as_ref()),
            Layout::Key(l) => crate::pictures::png(l.as_ref()),
            Layout::Contested(l) => crate::pictures::png(l.as_ref()),
        }
    }
}

/// "Title — numbers (2/3)" and the like, in the picture's language.
fn page_title(lang: Language, key: &str, title: &str, page: usize, pages: usize) -> String {
    app::i18n::tr_with(
        lang,
        key,
        &[
            ("title", title.to_owned().into()),
            ("page", page.into()),
            ("pages", pages.into()),
        ],
    )
}

/// How a picture's key goes on: in the picture's language, under its title, at its size.
struct Key<'a> {
    lang: Language,
    title: &'a str,
    continues: &'a str,
    size: (f64, f64),
}

impl<'a> Key<'a> {
    fn of(lang: Language, title: &'a str, continues: &'a str, w: f64, h: f64) -> Self {
        Key {
            lang,
            title,
            continues,
            size: (w, h),
        }
    }

    /// The picture (page 1), then the pages for the names its key could not hold.
    fn after(&self, picture: Layout, rest: &[app::chart::Entry]) -> Vec<Layout> {
        let name =
            |p: usize, n: usize| page_title(self.lang, "grid-key-page", self.title, p + 1, n + 1);
        let (w, h) = self.size;
        std::iter::once(picture)
            .chain(
                KeyPage::pages(rest, name, self.continues, w, h)
                    .into_iter()
                    .map(|k| Layout::Key(Box::new(k))),
            )
            .collect()
    }
}

fn drawing_failed(e: &dyn std::fmt::Display) -> ApiError {
    tracing::error!(error = %e, "a picture could not be drawn");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::Internal,
        "the picture could not be drawn; try again",
    )
}
