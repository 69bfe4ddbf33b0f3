//! One route per picture file — `grid.svg`, `grid.png`, `graph.svg`, `graph.png`,
//! `contested.svg`, `contested.png` — each its own operation in the contract, all drawn by
//! `super::pictures::picture`. The contract's test checks that this list is
//! [`PictureFile::all`].

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use app::files::{ImageFormat, Picture, PictureFile};

use super::contract::{Errors, PngAnswer, SvgAnswer};
use super::paths::{ApiPath, WorkshopPath};
use super::pictures::{PictureQuery, Q, picture};
use crate::AppState;

macro_rules! picture_routes {
    ($($name:ident: $path:tt, $picture:ident, $format:ident, $answer:ident, $what:tt;)*) => {$(
        #[doc = $what]
        #[utoipa::path(
            get,
            path = $path,
            operation_id = stringify!($name),
            tag = "pictures",
            params(WorkshopPath, PictureQuery),
            security(("key" = []), ()),
            responses($answer, Errors)
        )]
        pub async fn $name(
            state: State<AppState>,
            ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
            headers: HeaderMap,
            query: Q,
        ) -> Response {
            let file = PictureFile::new(Picture::$picture, ImageFormat::$format);
            picture(state, id, headers, query, file).await.into_response()
        }
    )*};
}

picture_routes! {
    grid_svg: "/workshops/{id}/grid.svg", Grid, Svg, SvgAnswer,
        "The influence/interest grid, as SVG.";
    grid_png: "/workshops/{id}/grid.png", Grid, Png, PngAnswer,
        "The influence/interest grid, as PNG.";
    graph_svg: "/workshops/{id}/graph.svg", Graph, Svg, SvgAnswer,
        "The relationship graph, as SVG.";
    graph_png: "/workshops/{id}/graph.png", Graph, Png, PngAnswer,
        "The relationship graph, as PNG.";
    contested_svg: "/workshops/{id}/contested.svg", Contested, Svg, SvgAnswer,
        "Where the groups disagree, as SVG.";
    contested_png: "/workshops/{id}/contested.png", Contested, Png, PngAnswer,
        "Where the groups disagree, as PNG.";
}
