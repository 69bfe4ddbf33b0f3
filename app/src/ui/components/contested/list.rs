//! Where the groups disagree, in words: a folded list under the picture, for screen readers
//! and for copying, widest spread first.

use leptos::prelude::*;

use crate::domain::{CombinedMap, combined::contested};
use crate::ui::components::worksheet::scores;
use crate::ui::locale::use_locale;

/// The list, open from the start with `open` (the printed report).
#[component]
pub(super) fn ContestedWords(map: Signal<Option<CombinedMap>>, open: bool) -> impl IntoView {
    let locale = use_locale();
    let list = move || {
        map.with(|m| {
            let m = m.as_ref()?;
            let rows = contested(m)
                .into_iter()
                .map(|s| {
                    let flag = s.quadrant_split.then(|| locale.t("combined-conflict"));
                    view! {
                        <li data-testid="contested">
                            <strong>{format!("{} ({})", s.name, s.n())}</strong>
                            " — "
                            {scores(locale, s)}
                            {flag.map(|f| view! { <span class="hint">" · " {f}</span> })}
                        </li>
                    }
                    .into_any()
                })
                .collect_view();
            Some(view! { <ol class="contested-list">{rows}</ol> }.into_any())
        })
    };
    view! {
        <details class="contested-words" open=open>
            <summary>{move || locale.t("contested-as-list")}</summary>
            {list}
        </details>
    }
    .into_any()
}
