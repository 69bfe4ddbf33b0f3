//! The report's side of the browser: the print dialog, today's date on the device's calendar,
//! and the moderator's key taken out of the address before anything is printed. No-ops on
//! the server.

#[cfg(feature = "hydrate")]
use leptos::prelude::*;

/// Opens the browser's print dialog (where "Save as PDF" is).
#[cfg(feature = "hydrate")]
pub(super) fn print() {
    let _ = window().print();
}

/// Today on this device's calendar, as the workshop's date is written (2022-07-18).
#[cfg(feature = "hydrate")]
pub(super) fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Takes the `#key=…` fragment out of the address (and the history entry) without reloading,
/// once the address is the report's: after a link on the moderator page, the router changes
/// the address only when the new page is ready.
#[cfg(feature = "hydrate")]
pub(super) fn drop_fragment(tries: u8) {
    use wasm_bindgen::{JsCast, JsValue};
    let window = window();
    let location = window.location();
    if location.hash().unwrap_or_default().is_empty() {
        return;
    }
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if !path.ends_with("/report") {
        if tries > 0 {
            set_timeout(
                move || drop_fragment(tries - 1),
                std::time::Duration::from_millis(50),
            );
        }
        return;
    }
    let Ok(history) = js_sys::Reflect::get(&window, &"history".into()) else {
        return;
    };
    if let Ok(replace) = js_sys::Reflect::get(&history, &"replaceState".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let state = js_sys::Reflect::get(&history, &"state".into()).unwrap_or(JsValue::NULL);
        let _ = replace.call3(
            &history,
            &state,
            &"".into(),
            &format!("{path}{search}").into(),
        );
    }
}

#[cfg(not(feature = "hydrate"))]
pub(super) fn print() {}

#[cfg(not(feature = "hydrate"))]
pub(super) fn today() -> String {
    String::new()
}

#[cfg(not(feature = "hydrate"))]
pub(super) fn drop_fragment(_: u8) {}
