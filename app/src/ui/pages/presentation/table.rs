//! A table slide: a group's worksheet or the combined one, as many rows on each page as the
//! screen holds ("Группа 1 — таблица (2/3)"). The rows are measured as the browser set them,
//! so long interests and Kyrgyz words wrap as they will and no page ever runs past the screen.

use leptos::html::Div;
use leptos::prelude::*;

use crate::domain::{CombinedMap, GroupId, Workshop, combined::entries_of};
use crate::ui::browser;
use crate::ui::components::Worksheet;
use crate::ui::locale::use_locale;

use super::paging::paginate;

#[component]
pub fn TableSlide(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    /// The combined map, for the combined worksheet.
    #[prop(into)]
    map: Signal<Option<CombinedMap>>,
    /// One group's entries; `None`: the combined map.
    group: Option<GroupId>,
    #[prop(into)] page: Signal<usize>,
    pages: RwSignal<usize>,
    /// The window, in CSS pixels: the pages are measured again when it changes.
    size: RwSignal<(f64, f64)>,
) -> impl IntoView {
    let locale = use_locale();
    let window = NodeRef::<Div>::new();
    let starts = RwSignal::new(vec![0_usize]);

    let table = move || {
        let w = workshop.get()?;
        let rows = match group {
            Some(g) => entries_of(&w, g),
            None => map.with(|m| m.as_ref().map(|m| m.stakeholders.clone()))?,
        };
        Some(view! { <Worksheet workshop=w rows compact=true /> }.into_any())
    };
    let at = move || page.get().min(starts.with(Vec::len).saturating_sub(1));
    let title = Memo::new(move |_| {
        let name = match group {
            Some(g) => workshop.with(|w| {
                w.as_ref()
                    .and_then(|w| w.group(g))
                    .map(|g| g.name().to_owned())
                    .unwrap_or_default()
            }),
            None => locale.t("grid-combined"),
        };
        let count = starts.with(Vec::len);
        if count > 1 {
            locale.t_with(
                "present-table-page",
                &[
                    ("title", name.into()),
                    ("page", (at() + 1).into()),
                    ("pages", count.into()),
                ],
            )
        } else {
            name
        }
    });
    // Measured after the browser has set the rows: every row shown, heights read, pages cut.
    // Again when the title changes ("(1/3)" may take a second line and leave less room).
    Effect::new(move |_| {
        workshop.track();
        map.track();
        size.track();
        title.track();
        request_animation_frame(move || {
            if let Some(el) = window.get_untracked() {
                let (heights, room) = browser::table_rows(&el);
                let next = paginate(&heights, room);
                if starts.with_untracked(|s| *s != next) {
                    starts.set(next);
                } else {
                    // Measuring showed every row: hide the others again.
                    starts.notify();
                }
            }
        });
    });
    Effect::new(move |_| {
        let list = starts.get();
        let at = at();
        if pages.get_untracked() != list.len() {
            pages.set(list.len());
        }
        let from = list.get(at).copied().unwrap_or(0);
        let to = list.get(at + 1).copied().unwrap_or(usize::MAX);
        if let Some(el) = window.get_untracked() {
            browser::show_rows(&el, from, to);
        }
    });
    // The combined worksheet names groups by their letters.
    let letters = move || {
        group.is_none().then(|| {
            let list = workshop.with(|w| {
                w.as_ref()
                    .map(|w| {
                        w.groups()
                            .iter()
                            .enumerate()
                            .map(|(i, g)| format!("{} — {}", crate::chart::group_tag(i), g.name()))
                            .collect::<Vec<_>>()
                            .join(" · ")
                    })
                    .unwrap_or_default()
            });
            view! { <p class="table-groups">{list}</p> }
        })
    };
    view! {
        <div class="slide slide-table">
            <h1>{title}</h1>
            {letters}
            <div class="table-window" node_ref=window>
                {table}
            </div>
        </div>
    }
    .into_any()
}
