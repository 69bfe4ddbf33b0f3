//! What the UI needs from the browser: storage, cookies, randomness, the clipboard. On the
//! server these do nothing; they are only ever called from effects and event handlers.

use crate::domain::Language;

#[cfg(feature = "hydrate")]
mod imp {
    use super::Language;
    use leptos::prelude::{document, window};
    use wasm_bindgen::JsCast;

    pub fn mark_hydrated() {
        register_service_worker();
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
        // `performance.mark("hydrated")`: when the page became interactive, for the browser
        // tests' timings and a browser's own performance panel.
        if let Ok(performance) = js_sys::Reflect::get(&window(), &"performance".into())
            && let Ok(mark) = js_sys::Reflect::get(&performance, &"mark".into())
                .and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = mark.call1(&performance, &"hydrated".into());
        }
    }

    /// Lets `/sw.js` keep the app's files for reloading offline. Browsers offer service
    /// workers only on https or localhost; elsewhere this does nothing.
    fn register_service_worker() {
        let navigator = window().navigator();
        let Ok(container) = js_sys::Reflect::get(&navigator, &"serviceWorker".into()) else {
            return;
        };
        if container.is_undefined() {
            return;
        }
        if let Ok(register) = js_sys::Reflect::get(&container, &"register".into())
            .and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = register.call1(&container, &"/sw.js".into());
        }
    }

    pub fn cookie_header() -> Option<String> {
        document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()?
            .cookie()
            .ok()
    }

    pub fn remember_language(lang: Language) {
        if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
            let cookie = format!(
                "{}={}; path=/; max-age=31536000; samesite=lax",
                crate::i18n::LANG_COOKIE,
                lang.code()
            );
            let _ = doc.set_cookie(&cookie);
        }
    }

    fn storage() -> Option<web_sys::Storage> {
        window().local_storage().ok().flatten()
    }

    pub fn load(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn save(key: &str, value: &str) {
        if let Some(s) = storage() {
            let _ = s.set_item(key, value);
        }
    }

    pub fn forget(key: &str) {
        if let Some(s) = storage() {
            let _ = s.remove_item(key);
        }
    }

    /// The keys of local storage that start with `prefix`.
    pub fn stored_keys(prefix: &str) -> Vec<String> {
        let Some(s) = storage() else {
            return Vec::new();
        };
        (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect()
    }

    /// 16 random bytes from `crypto.getRandomValues`, which, unlike `randomUUID`, also works
    /// on plain http over the hotel's Wi-Fi.
    pub fn random_bytes() -> [u8; 16] {
        let mut bytes = [0u8; 16];
        if let Ok(crypto) = window().crypto() {
            let _ = crypto.get_random_values_with_u8_array(&mut bytes);
        }
        bytes
    }

    pub fn location_hash() -> String {
        window().location().hash().unwrap_or_default()
    }

    /// The address's path: `/moderator/…`.
    pub fn path() -> String {
        window().location().pathname().unwrap_or_default()
    }

    /// Lets the browser load `target` from the server: a page the app does not render (a
    /// light page). The router may have put it in the address already; then it is reloaded.
    pub fn load_fully(target: &str) {
        let location = window().location();
        let here = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let _ = if here == target {
            location.reload()
        } else {
            location.assign(target)
        };
    }

    /// Saves the file at `url` under `name`, as a click on a download link does.
    pub fn download(url: &str, name: &str) {
        let Ok(link) = document().create_element("a") else {
            return;
        };
        let _ = link.set_attribute("href", url);
        let _ = link.set_attribute("download", name);
        let Some(body) = document().body() else {
            return;
        };
        let _ = body.append_child(&link);
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.click();
            link.remove();
        }
    }

    /// A server time (unix ms) as this device's clock shows it: `14:05`.
    pub fn local_time(ms: u64) -> String {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
        format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
    }

    /// Minutes this device's clock is ahead of UTC, now.
    pub fn utc_offset_min() -> i32 {
        -(js_sys::Date::new_0().get_timezone_offset() as i32)
    }

    /// Takes the `#…` fragment (where a key came) out of the address and the history entry
    /// without reloading, once the address is `path`: after a link inside the app, the router
    /// changes the address only when the new page is ready, so this looks again a few times.
    pub fn drop_fragment(path: String, tries: u8) {
        let location = window().location();
        let (Ok(now), Ok(search)) = (location.pathname(), location.search()) else {
            return;
        };
        // Still the page the link was on (its own fragment may be gone already): wait.
        if now != path {
            if tries > 0 {
                leptos::prelude::set_timeout(
                    move || drop_fragment(path, tries - 1),
                    std::time::Duration::from_millis(50),
                );
            }
            return;
        }
        if !location.hash().unwrap_or_default().is_empty() {
            replace_url(&format!("{now}{search}"));
        }
    }

    /// Replaces the address without a new history entry or a navigation; the router's state
    /// for the entry stays as it was.
    fn replace_url(url: &str) {
        // `history` through Reflect, as the service worker above: no web-sys feature for it.
        let Ok(history) = js_sys::Reflect::get(&window(), &"history".into()) else {
            return;
        };
        if let Ok(replace) = js_sys::Reflect::get(&history, &"replaceState".into())
            .and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let state = js_sys::Reflect::get(&history, &"state".into())
                .unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = replace.call3(&history, &state, &"".into(), &url.into());
        }
    }

    /// Replaces the address's query with `search` (e.g. `section=files`), keeping its path
    /// and its `#…` fragment (where the moderator key is), without a new history entry or a
    /// navigation: a reload comes back to the same place.
    pub fn replace_search(search: &str) {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        replace_url(&format!("{path}?{search}{hash}"));
    }

    pub fn origin() -> String {
        window().location().origin().unwrap_or_default()
    }

    /// The clipboard exists only in secure contexts (https or localhost); elsewhere the
    /// caller leaves the text selectable instead.
    pub fn copy(text: &str) -> bool {
        let navigator = window().navigator();
        let available = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .map(|v| !v.is_undefined())
            .unwrap_or(false);
        if available {
            let _ = navigator.clipboard().write_text(text);
        }
        available
    }

    pub fn confirm(message: &str) -> bool {
        window().confirm_with_message(message).unwrap_or(false)
    }

    /// The window's inner size in CSS pixels.
    pub fn window_size() -> (f64, f64) {
        let w = window();
        let get = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
        (
            get(w.inner_width()).unwrap_or(1024.0),
            get(w.inner_height()).unwrap_or(768.0),
        )
    }

    /// Where a pointer at client (`x`, `y`) is inside `el`, and `el`'s drawn width.
    pub fn local_point(el: &web_sys::Element, x: i32, y: i32) -> Option<(f64, f64, f64)> {
        let rect = el.get_bounding_client_rect();
        (rect.width() > 0.0).then(|| {
            (
                f64::from(x) - rect.left(),
                f64::from(y) - rect.top(),
                rect.width(),
            )
        })
    }

    /// The file chosen in a file input, if any.
    pub fn picked_file(input: &web_sys::HtmlInputElement) -> Option<super::PickedFile> {
        input.files()?.get(0).map(super::PickedFile)
    }

    /// Asks for the whole screen (the projector); browsers allow it only after a tap.
    pub fn request_fullscreen() {
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    }

    fn body_rows(el: &web_sys::Element) -> Vec<web_sys::Element> {
        let Ok(list) = el.query_selector_all("tbody > tr") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect()
    }

    /// Every row of the table in `el` shown and measured: the rows' heights, and the height
    /// `el` leaves for them under the table's head. A row taller than that on its own is set
    /// in smaller type until it fits (a combined actor every group wrote much about).
    pub fn table_rows(el: &web_sys::Element) -> (Vec<f64>, f64) {
        let rows = body_rows(el);
        for row in &rows {
            let _ = row.remove_attribute("hidden");
            let _ = row.remove_attribute("style");
        }
        let head = el
            .query_selector("thead")
            .ok()
            .flatten()
            .map_or(0.0, |h| h.get_bounding_client_rect().height());
        let room = f64::from(el.client_height()) - head;
        let heights = rows
            .iter()
            .map(|r| {
                let mut h = r.get_bounding_client_rect().height();
                let mut scale = 1.0;
                for _ in 0..4 {
                    if h <= room || room <= 0.0 {
                        break;
                    }
                    scale *= room / h * 0.95;
                    let _ = r.set_attribute("style", &format!("font-size:{scale:.3}em"));
                    h = r.get_bounding_client_rect().height();
                }
                h
            })
            .collect();
        (heights, room)
    }

    /// Shows the rows `from..to` of the table in `el` and hides the others.
    pub fn show_rows(el: &web_sys::Element, from: usize, to: usize) {
        for (i, row) in body_rows(el).iter().enumerate() {
            if (from..to).contains(&i) {
                let _ = row.remove_attribute("hidden");
            } else {
                let _ = row.set_attribute("hidden", "");
            }
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod imp {
    use super::Language;

    #[cfg(not(feature = "ssr"))]
    pub fn cookie_header() -> Option<String> {
        None
    }
    pub fn remember_language(_: Language) {}
    pub fn load(_: &str) -> Option<String> {
        None
    }
    pub fn save(_: &str, _: &str) {}
    pub fn forget(_: &str) {}
    pub fn stored_keys(_: &str) -> Vec<String> {
        Vec::new()
    }
    pub fn random_bytes() -> [u8; 16] {
        [0; 16]
    }
    pub fn location_hash() -> String {
        String::new()
    }
    pub fn drop_fragment(_: String, _: u8) {}
    pub fn local_time(_: u64) -> String {
        String::new()
    }
    pub fn utc_offset_min() -> i32 {
        0
    }
    pub fn download(_: &str, _: &str) {}
    pub fn replace_search(_: &str) {}
    pub fn origin() -> String {
        String::new()
    }
    pub fn copy(_: &str) -> bool {
        false
    }
    pub fn confirm(_: &str) -> bool {
        false
    }
    pub fn window_size() -> (f64, f64) {
        (1024.0, 768.0)
    }
    pub fn local_point(_: &leptos::web_sys::Element, _: i32, _: i32) -> Option<(f64, f64, f64)> {
        None
    }
    pub fn request_fullscreen() {}
    pub fn table_rows(_: &leptos::web_sys::Element) -> (Vec<f64>, f64) {
        (Vec::new(), 0.0)
    }
    pub fn show_rows(_: &leptos::web_sys::Element, _: usize, _: usize) {}
    pub fn picked_file(_: &leptos::web_sys::HtmlInputElement) -> Option<super::PickedFile> {
        None
    }
}

/// A file the user picked, to send as a request's body.
#[cfg(feature = "hydrate")]
pub struct PickedFile(pub web_sys::File);
#[cfg(not(feature = "hydrate"))]
pub struct PickedFile;

pub use imp::*;

/// A fresh id for one edit, made on the device that makes the edit.
pub fn new_edit_id() -> crate::domain::EditId {
    crate::domain::EditId::from_random_bytes(random_bytes())
}
