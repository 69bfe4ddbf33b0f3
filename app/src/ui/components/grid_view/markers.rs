//! Invisible buttons over the grid's markers: a keyboard and a screen reader can reach each
//! stakeholder (the arrow keys move it), and a fingertip gets a 44 px target.

use leptos::prelude::*;

use super::touch::Touch;
use crate::ui::locale::use_locale;

/// One button a marker, while the grid can be edited.
#[component]
pub(super) fn MarkerButtons(touch: Touch) -> impl IntoView {
    let locale = use_locale();
    let Touch {
        size,
        workshop,
        layout,
        on_move,
        ..
    } = touch;
    move || {
        on_move?;
        let (w, h) = size.get();
        let scale = workshop.with(|w| w.as_ref().map(|w| w.scale()))?;
        layout.with(|l| {
            let l = l.as_ref()?;
            Some(
                l.markers
                    .iter()
                    .filter_map(|m| {
                        let id = m.id;
                        let (name, interest, influence) = workshop.with_untracked(|w| {
                            let s = w.as_ref()?.stakeholder(id)?;
                            Some((s.name().to_owned(), s.interest(), s.influence()))
                        })?;
                        let label = format!(
                            "{name}: {} {interest}, {} {influence}",
                            locale.t("grid-interest"),
                            locale.t("grid-influence"),
                        );
                        let style = format!(
                            "left:{:.3}%;top:{:.3}%",
                            m.center.x / w * 100.0,
                            m.center.y / h * 100.0,
                        );
                        let key = move |ev: leptos::ev::KeyboardEvent| {
                            let step = |v: u8, up: bool| {
                                if up {
                                    v.saturating_add(1).min(scale.max())
                                } else {
                                    v.saturating_sub(1).max(scale.min())
                                }
                            };
                            let target = match ev.key().as_str() {
                                "ArrowRight" => (step(interest, true), influence),
                                "ArrowLeft" => (step(interest, false), influence),
                                "ArrowUp" => (interest, step(influence, true)),
                                "ArrowDown" => (interest, step(influence, false)),
                                _ => return,
                            };
                            ev.prevent_default();
                            touch.commit(id, Some(target));
                        };
                        Some(view! {
                            <button
                                type="button"
                                class="grid-marker"
                                data-testid="marker"
                                data-id=id.to_string()
                                style=style
                                aria-label=label
                                on:keydown=key
                            ></button>
                        })
                    })
                    .collect_view(),
            )
        })
    }
}
