//! The Content-Security-Policy every page is sent with (server side only, `ssr`). Scripts run only when
//! they carry this response's nonce, or were loaded by one that does (`'strict-dynamic'`:
//! the hydration script imports the app's JS, which instantiates its WASM): an injected
//! `<script>` or `onclick=` does nothing, so one XSS cannot read the keys in local storage.
//! Styles stay `'unsafe-inline'`: the pages position marks with `style=` attributes, and a
//! style cannot run code. The headers every response gets are the server's
//! (`server/src/headers.rs`).

/// The policy for a page whose inline scripts carry `nonce`. `host` (the request's `Host`,
/// when it is a plain host name or address) is named for the live feed's websocket, since
/// older Safari does not count `ws:` as `'self'`.
pub fn page_policy(nonce: &str, host: Option<&str>) -> String {
    let sockets = host
        .filter(|h| is_plain_host(h))
        .map(|h| format!(" ws://{h} wss://{h}"))
        .unwrap_or_default();
    format!(
        "default-src 'self'; \
         script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval' 'self'; \
         style-src 'self' 'unsafe-inline'; \
         img-src 'self' data: blob:; \
         font-src 'self'; \
         connect-src 'self'{sockets}; \
         worker-src 'self'; \
         manifest-src 'self'; \
         object-src 'none'; \
         base-uri 'none'; \
         form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// Letters, digits, `.`, `-`, `:` and brackets (an IPv6 address with its port): nothing
/// that could end the directive or add a source.
fn is_plain_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 255
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

/// Sends the page policy with this response (called while the shell renders).
pub fn send_page_policy() {
    use leptos::prelude::use_context;
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let host = use_context::<http::request::Parts>().and_then(|parts| {
        parts
            .headers
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .map(str::to_owned)
    });
    if let Ok(value) = http::HeaderValue::from_str(&page_policy(&nonce, host.as_deref())) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests;
