//! Headers every response carries, so a browser treats what it is sent as it is meant: no
//! guessing of content types, no referrer (a link's `#key=` never leaves anyway, but the
//! workshop's address need not either), no framing, no camera or microphone. Pages get their
//! Content-Security-Policy with a fresh nonce from the shell (`app::ui::policy`); the API's
//! answers (JSON, SVG, files) get one that runs nothing, so an SVG opened on its own cannot
//! run a script even if a name held one.

use axum::Router;
use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderName, HeaderValue};
use tower_http::set_header::SetResponseHeaderLayer;

/// What the API's answers may do when opened as a document: nothing.
pub const API_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/// Features no page of stakemap uses, switched off; full screen for the projector.
pub const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), fullscreen=(self)";

/// HSTS for a year, sent only when serving https with a certificate browsers trust on their
/// own (`--tls-cert`); never for a self-signed one, which would lock a tablet out of the
/// server the day its authority is not trusted.
pub const HSTS: &str = "max-age=31536000";

/// The API's own policy, where no handler set one.
pub fn api<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    router.layer(SetResponseHeaderLayer::if_not_present(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(API_POLICY),
    ))
}

/// The headers every response gets; `hsts` when serving https with a real certificate.
pub fn everywhere<S: Clone + Send + Sync + 'static>(router: Router<S>, hsts: bool) -> Router<S> {
    let router = router
        .layer(SetResponseHeaderLayer::overriding(
            X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS),
        ));
    if hsts {
        router.layer(SetResponseHeaderLayer::overriding(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        ))
    } else {
        router
    }
}
