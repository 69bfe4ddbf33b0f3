//! The group page's three views of the same stakeholders — the list, the grid and the
//! relationships — and the row of tabs between them. The tablet remembers the last one.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::locale::use_locale;

const TAB_KEY: &str = "stakemap.tab";

/// The list, the grid or the relationships, remembered on the tablet.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Tab {
    List,
    Grid,
    Links,
}

impl Tab {
    /// How the tablet remembers it.
    fn key(self) -> &'static str {
        match self {
            Tab::List => "list",
            Tab::Grid => "grid",
            Tab::Links => "links",
        }
    }

    fn testid(self) -> &'static str {
        match self {
            Tab::List => "tab-list",
            Tab::Grid => "tab-grid",
            Tab::Links => "tab-links",
        }
    }

    /// The tab's words.
    fn title_key(self) -> &'static str {
        match self {
            Tab::List => "view-list",
            Tab::Grid => "view-grid",
            Tab::Links => "view-links",
        }
    }
}

/// Opens the tab the tablet showed last (in the browser: the server renders the list).
pub(super) fn reopen_last(tab: RwSignal<Tab>) {
    Effect::new(move |_| {
        let saved = browser::load(TAB_KEY);
        if let Some(t) = [Tab::Grid, Tab::Links]
            .into_iter()
            .find(|t| saved.as_deref() == Some(t.key()))
        {
            tab.set(t);
        }
    });
}

#[component]
pub(super) fn TabBar(tab: RwSignal<Tab>) -> impl IntoView {
    view! {
        <div class="tabs" role="tablist">
            <TabButton tab=Tab::List current=tab />
            <TabButton tab=Tab::Grid current=tab />
            <TabButton tab=Tab::Links current=tab />
        </div>
    }
    .into_any()
}

#[component]
fn TabButton(tab: Tab, current: RwSignal<Tab>) -> impl IntoView {
    let locale = use_locale();
    let choose = move |_| {
        current.set(tab);
        browser::save(TAB_KEY, tab.key());
    };
    view! {
        <button
            type="button"
            role="tab"
            data-testid=tab.testid()
            aria-selected=move || (current.get() == tab).to_string()
            on:click=choose
        >
            {move || locale.t(tab.title_key())}
        </button>
    }
}
