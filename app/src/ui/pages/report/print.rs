//! The report's side of the browser: the print dialog and today's date on the device's
//! calendar. No-ops on the server.

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

#[cfg(not(feature = "hydrate"))]
pub(super) fn print() {}

#[cfg(not(feature = "hydrate"))]
pub(super) fn today() -> String {
    String::new()
}
