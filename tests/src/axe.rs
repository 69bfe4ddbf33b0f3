//! Accessibility checks on the page as it is now: axe-core's rules
//! ([`Browser::axe_findings`]), and the text contrast axe leaves undecided — pictures, boxes
//! over pictures, gradients — measured by `contrast.js`.

use std::time::Duration;

use serde_json::{Value, json};

use crate::binary::workspace;
use crate::browser::Browser;

/// Every hyphenated message key of the app's language files (`app/locales/*.ftl`).
fn message_keys() -> &'static std::collections::BTreeSet<String> {
    static KEYS: std::sync::OnceLock<std::collections::BTreeSet<String>> =
        std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let folder = workspace().join("app/locales");
        let mut keys = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(&folder).expect("the locales").flatten() {
            if entry.path().extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(entry.path()).expect("a locale reads");
                keys.extend(text.lines().filter_map(|line| {
                    let (key, _) = line.split_once(" =")?;
                    let shaped = key.contains('-')
                        && key.starts_with(|c: char| c.is_ascii_lowercase())
                        && key
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    shaped.then(|| key.to_owned())
                }));
            }
        }
        assert!(
            keys.len() > 300,
            "read {} keys from {}",
            keys.len(),
            folder.display()
        );
        keys
    })
}

/// The contrast a page's text needs in [`Browser::axe_findings`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contrast {
    /// axe's own rule (WCAG AA): 4.5:1, large text (18 pt, or 14 pt bold) 3:1.
    Screen,
    /// Text read from across a room: 4.5:1 whatever its size.
    Projected,
}

impl Contrast {
    /// The ratios normal and large text need.
    fn needs(self) -> (f64, f64) {
        match self {
            Contrast::Screen => (4.5, 3.0),
            Contrast::Projected => (4.5, 4.5),
        }
    }
}

/// The measuring of what axe leaves undecided (`contrast.js`), sent ahead of the scripts
/// that call it.
const CONTRAST_JS: &str = include_str!("contrast.js");

fn strings(list: &Value) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

impl Browser {
    /// Runs axe-core on the page as it is now and panics, with a screenshot, listing every
    /// serious or critical violation ([`Browser::axe_findings`]). `what` names the page in the
    /// messages and the screenshot.
    pub async fn axe(&self, what: &str) {
        self.axe_or_panic(what, Contrast::Screen).await;
    }

    /// [`Browser::axe`] for a projected page: all its text needs 4.5:1 ([`Contrast::Projected`]).
    pub async fn axe_projected(&self, what: &str) {
        self.axe_or_panic(what, Contrast::Projected).await;
    }

    async fn axe_or_panic(&self, what: &str, contrast: Contrast) {
        let failures = self.axe_findings(what, contrast).await;
        if failures.is_empty() {
            println!("axe, {what}: no serious or critical violation");
        } else {
            let name: String = what
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            let shot = self.screenshot(&format!("axe-{name}")).await;
            panic!(
                "{what}: axe found {} serious or critical violation(s) (screenshot {}):\n{}",
                failures.len(),
                shot.display(),
                failures.join("\n")
            );
        }
    }

    /// Runs axe-core (`.tools/node_modules/axe-core`, from `scripts/setup.sh --browser`) on the
    /// page as it is now, once its transitions have ended, and returns every serious or
    /// critical violation: its rule, what it asks, and the first few elements with axe's
    /// summary of what is wrong with each, and the pictures' text that lacks contrast
    /// ([`Browser::svg_text_contrast`], which axe cannot decide). Minor and moderate ones,
    /// and what axe could not decide, are printed, not returned.
    pub async fn axe_findings(&self, what: &str, contrast: Contrast) -> Vec<String> {
        self.load_axe().await;
        self.settle().await;
        let found = self.run_axe(contrast).await;
        if let Some(error) = found["error"].as_str() {
            panic!("{what}: axe failed: {error}");
        }
        let mut failures = violations(what, &found);
        for undecided in found["incomplete"].as_array().into_iter().flatten() {
            println!(
                "axe, {what}, undecided: {}",
                undecided.as_str().unwrap_or_default()
            );
        }
        // What axe leaves undecided, measured here: text on the page at worst, and the
        // pictures' text.
        for measured in strings(&found["contrast"]["measured"]) {
            println!("axe, {what}, undecided contrast measured at worst: {measured}");
        }
        let low = strings(&found["contrast"]["low"]);
        if !low.is_empty() {
            failures.push(format!(
                "[serious] undecided-text-contrast: text axe could not decide must meet the \
                 contrast {contrast:?} asks over whatever lies beneath — {} element(s)\n    {}",
                low.len(),
                low.join("\n    ")
            ));
        }
        let raw = self.message_keys_shown().await;
        if !raw.is_empty() {
            failures.push(format!(
                "[serious] untranslated: message keys shown as text (a word missing from the \
                 language files this page fetched) — {raw:?}"
            ));
        }
        let (low, lowest) = self.svg_text_contrast(contrast).await;
        if let Some(lowest) = lowest {
            println!("axe, {what}: the pictures' text, lowest contrast {lowest:.2}:1");
        }
        if !low.is_empty() {
            failures.push(format!(
                "[serious] svg-text-contrast: text in the pictures must meet the contrast \
                 {contrast:?} asks — {} text(s)\n    {}",
                low.len(),
                low.join("\n    ")
            ));
        }
        failures
    }

    /// The message keys the page shows as text, its pictures' included: what a page shows when
    /// it asks for a word its language files lack (a tablet, which fetches the common words
    /// only, asking for one of the desk's). Keys with a hyphen only: `save` is a word too.
    async fn message_keys_shown(&self) -> Vec<String> {
        let text = self
            .script(
                "return document.body.innerText + ' '
                   + [...document.querySelectorAll('svg text')].map(t => t.textContent).join(' ');",
            )
            .await;
        let keys = message_keys();
        let mut shown: Vec<String> = text
            .as_str()
            .unwrap_or_default()
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .filter(|word| keys.contains(*word))
            .map(str::to_owned)
            .collect();
        shown.sort();
        shown.dedup();
        shown
    }

    /// Puts axe-core into the page, once per page.
    async fn load_axe(&self) {
        static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let source = SOURCE.get_or_init(|| {
            let path = workspace().join(".tools/node_modules/axe-core/axe.min.js");
            std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (scripts/setup.sh --browser installs axe-core)",
                    path.display()
                )
            })
        });
        // Executing the file's source defines `window.axe`, as the Selenium integrations do;
        // once per page.
        if self.script("return typeof window.axe;").await != json!("object") {
            self.client
                .execute(source, vec![])
                .await
                .expect("axe-core loads into the page");
        }
    }

    /// Colours are measured as they are now: waits for the page's transitions to end.
    async fn settle(&self) {
        // A tab just chosen fades to its colours; finite animations end too.
        self.until(
            "the page's transitions to end",
            "document.getAnimations().every(a => a.playState !== 'running'
                || a.effect?.getComputedTiming().iterations === Infinity)",
        )
        .await;
    }

    /// axe's findings (`violations`, `incomplete`) and the text contrast it left undecided,
    /// measured by `contrast.js` (`contrast`), or the `error` axe failed with.
    async fn run_axe(&self, contrast: Contrast) -> Value {
        // A large page takes axe a few seconds on two cores; WebDriver's default allows 30.
        let timeouts =
            fantoccini::wd::TimeoutConfiguration::new(Some(Duration::from_secs(120)), None, None);
        self.client
            .update_timeouts(timeouts)
            .await
            .expect("script timeout");
        let (normal, large) = contrast.needs();
        let options = match contrast {
            Contrast::Screen => json!({}),
            Contrast::Projected => json!({"checks": {"color-contrast": {"options":
                {"contrastRatio": {"large": {"expected": 4.5}}}}}}),
        };
        self
            .client
            .execute_async(
                &format!("{CONTRAST_JS}
                 const [extra, normal, large, done] = arguments;
                 const options = Object.assign({{resultTypes: ['violations', 'incomplete']}}, extra);
                 const summary = n => (n.failureSummary || '').replace(/\\s+/g, ' ');
                 const elements = v => v.nodes.map(n => document.querySelector(n.target[0]));
                 axe.run(document, options).then(
                     r => done({{
                         contrast: undecided(
                             r.incomplete.filter(v => v.id === 'color-contrast').flatMap(elements),
                             normal, large),
                         violations: r.violations.map(v => ({{
                             id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                             count: v.nodes.length,
                             nodes: v.nodes.slice(0, 4).map(n => ({{
                                 target: n.target.map(String).join(' '),
                                 html: n.html.slice(0, 160),
                                 summary: summary(n),
                             }})),
                         }})),
                         incomplete: r.incomplete.map(v => v.id + ': ' + v.nodes.length
                             + ' element(s), e.g. ' + v.nodes.slice(0, 3).map(n =>
                                 n.target.map(String).join(' ') + ' «' + n.html.slice(0, 80)
                                 + '» (' + summary(n) + ')').join('; ')),
                     }}),
                     e => done({{error: String(e && e.stack || e)}}));"),
                vec![options, json!(normal), json!(large)],
            )
            .await
            .expect("axe runs")
    }

    /// The contrast of every word the page's SVG pictures show, which axe leaves undecided
    /// (their text stands over other shapes): the colour beneath three points of each word's
    /// box, painted as the browser does (`pictures` in `contrast.js`). Returns the words below
    /// what `contrast` asks, each with its worst ratio and colours, and the lowest ratio seen.
    pub async fn svg_text_contrast(&self, contrast: Contrast) -> (Vec<String>, Option<f64>) {
        let (normal, large) = contrast.needs();
        let found = self
            .client
            .execute(
                &format!("{CONTRAST_JS}\nreturn pictures(arguments[0], arguments[1]);"),
                vec![json!(normal), json!(large)],
            )
            .await
            .expect("the pictures' text is measured");
        (strings(&found["low"]), found["lowest"].as_f64())
    }
}

/// Each serious or critical violation as a paragraph: its rule, what it asks, the first few
/// elements and what axe says is wrong with each. Minor and moderate ones are printed.
fn violations(what: &str, found: &Value) -> Vec<String> {
    let mut failures = Vec::new();
    for v in found["violations"].as_array().into_iter().flatten() {
        let impact = v["impact"].as_str().unwrap_or("unknown");
        let mut text = format!(
            "[{impact}] {}: {} — {} element(s) ({})",
            v["id"].as_str().unwrap_or_default(),
            v["help"].as_str().unwrap_or_default(),
            v["count"],
            v["helpUrl"].as_str().unwrap_or_default(),
        );
        for n in v["nodes"].as_array().into_iter().flatten() {
            text += &format!(
                "\n    {} {}\n      {}",
                n["target"].as_str().unwrap_or_default(),
                n["html"].as_str().unwrap_or_default(),
                n["summary"].as_str().unwrap_or_default(),
            );
        }
        if matches!(impact, "serious" | "critical") {
            failures.push(text);
        } else {
            println!("axe, {what}, not failed: {text}");
        }
    }
    failures
}
