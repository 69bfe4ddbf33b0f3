//! The printable report (`/moderator/:id/report`): the workshop's header, then each group's
//! grid, stakeholders, relationships, graph and measures, then the combined map with where the
//! groups disagree and the worksheet: one A4 document the browser saves as PDF. The pictures
//! and the measures, contested and worksheet tables are the moderator page's own components
//! ([`sections`]); the report's own tables are in [`tables`];
//! the print stylesheet (the end of `style/main.css`) leaves out the app around the document.
//!
//! Written in the workshop's language; the language switch changes it (and, as everywhere,
//! the device's language).

mod document;
mod print;
mod sections;
mod tables;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::domain::{Language, Workshop};
use crate::ui::components::TopBar;
use crate::ui::locale::{Locale, use_locale};
use crate::ui::pages::moderator_live::{ModeratorLive, use_reading_live};

use document::ReportDocument;
use print::{print, today};

/// Whose language the report speaks: the device's until the workshop has loaded, then the
/// workshop's, until the reader picks another.
#[derive(Clone, Copy, PartialEq)]
enum Words {
    Waiting,
    Workshop(Language),
    Chosen,
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let device = use_locale();
    // The report's own locale, which everything on this page reads from the context. It starts
    // as the device's (so the server's render and hydration agree).
    let locale = Locale::provide();
    let params = use_params_map();
    let made = RwSignal::new(String::new());
    Effect::new(move |_| made.set(today()));
    // The key is remembered once the feed starts; out of the address bar, it cannot end up in
    // a printed page's header or footer.
    let ModeratorLive {
        missing_key,
        workshop,
        ..
    } = use_reading_live(|_, _| {});

    let words = StoredValue::new(Words::Waiting);
    Effect::new(move |_| {
        let Some(lang) = workshop.with(|w| w.as_ref().map(Workshop::language)) else {
            return;
        };
        if words.get_value() == Words::Waiting {
            words.set_value(Words::Workshop(lang));
            // Not `set`: opening a report must not change the device's language.
            locale.show(lang);
        }
    });
    // A language picked on this page is the device's choice, as on every other page.
    Effect::new(move |_| {
        let lang = locale.lang();
        match words.get_value() {
            Words::Waiting => {}
            Words::Workshop(shown) if shown == lang => {}
            _ => {
                words.set_value(Words::Chosen);
                if untrack(move || device.lang()) != lang {
                    device.set(lang);
                }
            }
        }
    });

    let ready = Memo::new(move |_| workshop.with(Option::is_some));
    let title = Signal::derive(move || locale.t("report-title"));
    let subtitle = Signal::derive(move || {
        workshop
            .with(|w| w.as_ref().map(|w| w.title().to_owned()))
            .unwrap_or_default()
    });
    // Also the PDF's suggested file name.
    let document_title = move || {
        let name = subtitle.get();
        if name.is_empty() {
            title.get()
        } else {
            format!("{name} — {}", title.get())
        }
    };
    let back = move || format!("/moderator/{}", params.read().get("id").unwrap_or_default());

    let body = move || {
        if missing_key.get() {
            return view! {
                <p class="field-error" role="alert">
                    {locale.t("moderator-no-key")}
                </p>
            }
            .into_any();
        }
        if !ready.get() {
            return view! { <p class="loading">{locale.t("loading")}</p> }.into_any();
        }
        view! { <ReportDocument workshop made /> }.into_any()
    };

    view! {
        <Title text=crate::ui::title_text(document_title) />
        <div class="report">
            <TopBar title subtitle />
            <main class="report-page">
                <div class="report-toolbar">
                    <button
                        type="button"
                        class="button primary big"
                        data-testid="print"
                        on:click=move |_| print()
                    >
                        {move || locale.t("report-print")}
                    </button>
                    <a class="button secondary" href=back>
                        {move || locale.t("back")}
                    </a>
                </div>
                {body}
            </main>
        </div>
    }
    .into_any()
}
