//! The join slide: every group's QR code and join code, as large as the screen allows with the
//! quiet zone between codes kept light, all of them whole on one screen for two to eight
//! groups ([`super::paging::join_layout`]).

use leptos::prelude::*;

use crate::chart::{QrPicture, svg};
use crate::ui::browser;
use crate::ui::locale::use_locale;
use crate::wire::GroupView;

use super::paging::join_layout;

#[component]
pub fn JoinSlide(
    codes: RwSignal<Vec<GroupView>>,
    /// The window, in CSS pixels.
    size: RwSignal<(f64, f64)>,
    /// The page was opened by a loopback address, which tablets cannot reach.
    local_only: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    let origin = browser::origin();
    let slide = move || {
        let groups: Vec<(GroupView, String, QrPicture)> = codes
            .get()
            .into_iter()
            .filter_map(|g| {
                let code = g.join_code.clone()?;
                let qr = QrPicture::new(&format!("{origin}/join/{code}"), 480)?;
                Some((g, code, qr))
            })
            .collect();
        let modules = groups
            .iter()
            .map(|(_, _, qr)| qr.code_modules())
            .max()
            .unwrap_or(29);
        let (w, h) = size.get();
        let warning = local_only.get();
        let names: Vec<&str> = groups.iter().map(|(g, _, _)| g.name.as_str()).collect();
        let l = join_layout(&names, modules, w, h, warning);
        let side = l.module as usize * modules;
        let cards = groups
            .into_iter()
            .map(|(g, code, qr)| {
                // Codes with fewer modules are drawn at the same size as the largest.
                let module = (side / qr.code_modules().max(1)) as u32;
                let picture = svg(&qr.bare(module));
                view! {
                    <figure class="join-card" data-testid="join-qr">
                        <div class="qr" style=format!("width:{side}px") inner_html=picture></div>
                        <figcaption>
                            <strong style=format!("font-size:{:.1}px", l.name_px)>{g.name}</strong>
                            <code class="join-code" style=format!("font-size:{:.1}px", l.code_px)>
                                {code}
                            </code>
                        </figcaption>
                    </figure>
                }
            })
            .collect_view();
        view! {
            <div class="slide slide-join" style=format!("padding:{:.1}px", l.padding)>
                <h1 style=format!(
                    "font-size:{:.1}px;margin:0 0 {:.1}px",
                    l.title_px,
                    l.padding / 2.0,
                )>{locale.t("present-join")}</h1>
                <Show when=move || warning>
                    <p
                        class="field-error join-warning"
                        style=format!("font-size:{:.1}px", l.warning_px)
                    >
                        {locale.t("present-join-local")}
                    </p>
                </Show>
                <div
                    class="join-cards"
                    style=format!(
                        "grid-template-columns:repeat({}, minmax({side}px, 1fr));gap:{:.0}px",
                        l.columns,
                        l.gap,
                    )
                >
                    {cards}
                </div>
            </div>
        }
        .into_any()
    };
    slide.into_any()
}
