//! The group page's three views of the same stakeholders — the list, the grid and the
//! relationships — and the row of tabs between them, with a fourth, every group's maps, while
//! the moderator shares them. The tablet remembers the last one.

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
    /// Every group's map, read-only; offered only while the moderator shares them.
    AllMaps,
}

impl Tab {
    /// How the tablet remembers it.
    fn remembered_as(self) -> &'static str {
        match self {
            Tab::List => "list",
            Tab::Grid => "grid",
            Tab::Links => "links",
            Tab::AllMaps => "all-maps",
        }
    }

    fn testid(self) -> &'static str {
        match self {
            Tab::List => "tab-list",
            Tab::Grid => "tab-grid",
            Tab::Links => "tab-links",
            Tab::AllMaps => "tab-all-maps",
        }
    }

    /// The tab's words.
    fn title_key(self) -> &'static str {
        match self {
            Tab::List => "view-list",
            Tab::Grid => "view-grid",
            Tab::Links => "view-links",
            Tab::AllMaps => "tab-all-maps",
        }
    }
}

/// Opens the tab the tablet showed last (in the browser: the server renders the list).
pub(super) fn reopen_last(tab: RwSignal<Tab>) {
    Effect::new(move |_| {
        let saved = browser::load(TAB_KEY);
        if let Some(t) = [Tab::Grid, Tab::Links]
            .into_iter()
            .find(|t| saved.as_deref() == Some(t.remembered_as()))
        {
            tab.set(t);
        }
    });
}

#[component]
pub(super) fn TabBar(tab: RwSignal<Tab>, #[prop(into)] shared: Signal<bool>) -> impl IntoView {
    // Sharing stopped while its tab was open: back to the list.
    Effect::new(move |_| {
        if !shared.get() && tab.get_untracked() == Tab::AllMaps {
            tab.set(Tab::List);
        }
    });
    view! {
        <div class="tabs" role="tablist">
            <TabButton tab=Tab::List current=tab />
            <TabButton tab=Tab::Grid current=tab />
            <TabButton tab=Tab::Links current=tab />
            <Show when=move || shared.get()>
                <TabButton tab=Tab::AllMaps current=tab />
            </Show>
        </div>
    }
    .into_any()
}

#[component]
fn TabButton(tab: Tab, current: RwSignal<Tab>) -> impl IntoView {
    let locale = use_locale();
    let choose = move |_| {
        current.set(tab);
        browser::save(TAB_KEY, tab.remembered_as());
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
