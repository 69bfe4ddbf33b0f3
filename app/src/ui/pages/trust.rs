//! `/trust`: how to make a tablet, an iPad or a Windows laptop trust this server's own
//! certificate authority (`/ca.crt`, made by `--tls-self-signed`), once, so that it opens the
//! server over https without a warning — and so keeps working offline, which browsers allow
//! only on https.

use leptos::prelude::*;

use crate::ui::components::TopBar;
use crate::ui::locale::use_locale;

/// The devices a room has, each with its steps.
const DEVICES: [(&str, &str); 3] = [
    ("trust-android-title", "trust-android"),
    ("trust-ipad-title", "trust-ipad"),
    ("trust-windows-title", "trust-windows"),
];

#[component]
pub fn TrustPage() -> impl IntoView {
    let locale = use_locale();
    let devices = DEVICES
        .into_iter()
        .map(|(title, steps)| {
            view! {
                <section class="panel trust-device">
                    <h2>{move || locale.t(title)}</h2>
                    <ol>
                        {move || {
                            locale
                                .t(steps)
                                .split('\n')
                                .map(|step| view! { <li>{step.trim().to_owned()}</li> })
                                .collect_view()
                        }}
                    </ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <TopBar title=Signal::derive(move || locale.t("trust-title")) />
        <main class="page trust" data-testid="trust">
            <p>{move || locale.t("trust-intro")}</p>
            <a
                class="button primary big"
                href="/ca.crt"
                download="stakemap-ca.crt"
                rel="external"
                data-testid="trust-download"
            >
                {move || locale.t("trust-download")}
            </a>
            {devices}
            <p class="hint">{move || locale.t("trust-no-authority")}</p>
        </main>
    }
}
