//! The moderator's console: the page's sections ([`Section`]), the tab bar that reaches each
//! in one tap, and the address's `?section=…`, which keeps the choice over a reload. The
//! query is rewritten in place (`history.replaceState`), before the `#key=…` fragment, which
//! stays where it is and never goes to the server.

use leptos::html::Button;
use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::locale::use_locale;

/// One part of the moderator's page; only the chosen one is on screen.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Section {
    /// Every group's stakeholders and join code, live.
    #[default]
    Groups,
    /// The grid and the graph, with the projector, presentation and report links.
    Pictures,
    /// The combined map: merges, disagreements, the worksheet.
    Combined,
    /// The countdown's controls.
    Timer,
    /// The workshop's timeline: the maps at any moment of it.
    History,
    /// A group's stakeholders from a file.
    Import,
    /// The analysts' files.
    Files,
    /// Who may see and do what: sharing, join codes, tablets, links.
    Access,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Groups,
        Section::Pictures,
        Section::Combined,
        Section::Timer,
        Section::History,
        Section::Import,
        Section::Files,
        Section::Access,
    ];

    /// Its name in the address and in test ids.
    pub fn code(self) -> &'static str {
        match self {
            Section::Groups => "groups",
            Section::Pictures => "pictures",
            Section::Combined => "combined",
            Section::Timer => "timer",
            Section::History => "history",
            Section::Import => "import",
            Section::Files => "files",
            Section::Access => "access",
        }
    }

    /// The message that names its tab.
    pub fn message(self) -> &'static str {
        match self {
            Section::Groups => "console-groups",
            Section::Pictures => "console-pictures",
            Section::Combined => "console-combined",
            Section::Timer => "console-timer",
            Section::History => "console-history",
            Section::Import => "console-import",
            Section::Files => "console-files",
            Section::Access => "console-access",
        }
    }

    /// The section an address names; an unknown or missing name is the groups.
    pub fn from_code(code: Option<&str>) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| Some(s.code()) == code)
            .unwrap_or_default()
    }

    /// The ids that tie a tab to its panel (`aria-controls`, `aria-labelledby`).
    pub fn tab_id(self) -> String {
        format!("console-tab-{}", self.code())
    }

    pub fn panel_id(self) -> String {
        format!("console-{}", self.code())
    }
}

/// Shows `section` and writes it into the address, so that a reload comes back to it.
pub fn open(chosen: RwSignal<Section>, section: Section) {
    chosen.set(section);
    browser::replace_search(&format!("section={}", section.code()));
}

/// The sections' tabs: tap or click one; with the keyboard, Tab reaches the chosen one and
/// the arrow keys, Home and End move between them (the ARIA tabs pattern).
#[component]
pub fn ConsoleTabs(chosen: RwSignal<Section>) -> impl IntoView {
    let locale = use_locale();
    let buttons: Vec<NodeRef<Button>> = Section::ALL.iter().map(|_| NodeRef::new()).collect();
    let focus = {
        let buttons = buttons.clone();
        move |at: usize| {
            open(chosen, Section::ALL[at]);
            if let Some(b) = buttons[at].get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let last = Section::ALL.len() - 1;
        let at = Section::ALL
            .iter()
            .position(|s| *s == chosen.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (at + 1) % (last + 1),
            "ArrowLeft" => at.checked_sub(1).unwrap_or(last),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        focus(next);
    };
    let tabs = Section::ALL
        .into_iter()
        .zip(buttons)
        .map(|(section, node)| {
            let selected = move || chosen.get() == section;
            view! {
                <button
                    type="button"
                    role="tab"
                    node_ref=node
                    id=section.tab_id()
                    class="console-tab"
                    data-testid="console-tab"
                    data-section=section.code()
                    aria-controls=section.panel_id()
                    aria-selected=move || selected().to_string()
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| open(chosen, section)
                >
                    {move || locale.t(section.message())}
                </button>
            }
        })
        .collect_view();
    view! {
        <div
            class="console-tabs"
            role="tablist"
            aria-label=move || locale.t("console-sections")
            on:keydown=keys
        >
            {tabs}
        </div>
    }
}

#[cfg(test)]
mod tests;
