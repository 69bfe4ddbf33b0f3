//! What the home page shows that only the server knows. The home page is a light page (no
//! WASM, `app::ui::pages::light`): the server renders the demo and, on its own machine, the
//! addresses tablets can open, instead of the browser asking for them.

use axum::extract::{FromRequestParts, Request, State};
use axum::middleware::Next;
use axum::response::Response;

use app::ui::HomeFacts;

use crate::AppState;
use crate::api::extract::FromThisMachine;

/// Puts [`HomeFacts`] beside a request for the home page, where its render reads them.
pub async fn facts(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.uri().path() != "/" {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let here = FromThisMachine::from_request_parts(&mut parts, &state)
        .await
        .is_ok();
    let demo = crate::demo::find(&state.workshops).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the home page shows no demo: it could not be read");
        None
    });
    let facts = HomeFacts {
        demo,
        addresses: here.then(|| crate::api::addresses::of(&state)),
    };
    parts.extensions.insert(facts);
    next.run(Request::from_parts(parts, body)).await
}
