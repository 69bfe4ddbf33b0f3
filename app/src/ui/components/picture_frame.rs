//! What the grid and the graph share on screen: where a picture is shown ([`Frame`]: the
//! workshop and the choice, the page's combined map, the projector's pages), the input read
//! for it ([`Input`]), whether a crowded one splits into panels, and the key's own pages.

use leptos::prelude::*;

use crate::chart::{
    Entry, GraphInput, GridInput, GridOptions, GridPoint, KeyPage, baseline_points, compared,
    graph_input_with, grid_input, grid_input_with, svg,
};
use crate::domain::{Baseline, CombinedMap, Language, Moment, Workshop, combine};
use crate::i18n::moment_name;
use crate::ui::components::baselines::use_baselines;
use crate::ui::components::key_pages::KeyPagesOf;
use crate::ui::components::round_maps::use_round_maps;
use crate::ui::components::{KeyPages, use_key_pages};
use crate::ui::locale::use_locale;

/// Where a grid or a graph is shown and what it shows.
#[derive(Clone, Copy)]
pub struct Frame {
    pub workshop: Signal<Option<Workshop>>,
    pub options: Signal<GridOptions>,
    /// Fill the window and keep the title (projector mode; the graph leaves out its measures).
    pub projector: bool,
    /// The workshop's combined map, when the page has it already (else computed as needed).
    pub map: Option<Signal<Option<CombinedMap>>>,
    /// On the projector: which page — 0 the picture, then the key's own pages.
    pub page: Option<Signal<usize>>,
    /// On the projector: told how many pages there are.
    pub pages: Option<RwSignal<usize>>,
    /// Off the projector: the key's own pages one at a time (the moderator's console).
    pub paged_keys: bool,
}

impl Frame {
    /// On a page of its own, every key page under the picture.
    pub fn new(
        workshop: impl Into<Signal<Option<Workshop>>>,
        options: impl Into<Signal<GridOptions>>,
    ) -> Self {
        Self {
            workshop: workshop.into(),
            options: options.into(),
            projector: false,
            map: None,
            page: None,
            pages: None,
            paged_keys: false,
        }
    }

    /// With the combined map the page computed once for everything on it.
    pub fn map(self, map: impl Into<Signal<Option<CombinedMap>>>) -> Self {
        Self {
            map: Some(map.into()),
            ..self
        }
    }

    /// Filling the projector, showing `page` and telling `pages` how many there are.
    pub fn projector(self, page: impl Into<Signal<usize>>, pages: RwSignal<usize>) -> Self {
        Self {
            projector: true,
            page: Some(page.into()),
            pages: Some(pages),
            ..self
        }
    }

    /// The key's own pages one at a time (the moderator's console).
    pub fn paged_keys(self) -> Self {
        Self {
            paged_keys: true,
            ..self
        }
    }

    /// The picture's input, read again only when what it shows changes (not on every message
    /// from the server). Off the projector the page says what it is, so the title goes.
    pub fn input<I: Input>(self) -> Memo<Option<I>> {
        let locale = use_locale();
        let rounds = use_round_maps();
        let baselines = use_baselines();
        let Self {
            workshop,
            options,
            projector,
            map,
            ..
        } = self;
        // A round's maps come from the server; the page's own are now's.
        let kept = move |m: Moment| match m {
            Moment::Round(n) => rounds.and_then(|r| r.get(n)),
            Moment::Now | Moment::Seq(_) => None,
        };
        // What a compared picture compares with, read apart: a round never changes, so its
        // points (its combined map's name matching among them) are not read again on every
        // live edit.
        // The baseline the combined grid now is compared with, when no round is.
        let baseline = Memo::new(move |_| {
            let options = options.get();
            let compares =
                options.since.is_none() && options.at == Moment::Now && options.scope.is_combined();
            baselines?.baseline(options.baseline.filter(|_| compares)?)
        });
        let earlier = Memo::new(move |_| {
            let options = options.get();
            let lang = locale.lang();
            if let Some(b) = baseline.get() {
                return workshop.with(|w| {
                    let w = w.as_ref()?;
                    Some(against(&b, w, map, &options))
                });
            }
            match options.since? {
                Moment::Now => workshop.with(|w| Some(I::earlier(w.as_ref()?, &options, lang))),
                since => Some(I::earlier(&kept(since)?, &options, lang)),
            }
        });
        Memo::new(move |_| {
            let w = workshop.get()?;
            let options = options.get();
            let lang = locale.lang();
            let mut input = if options.at == Moment::Now {
                match map.filter(|_| options.scope.is_combined()) {
                    Some(map) => map.with(|m| I::read(&w, &options, lang, m.as_ref())),
                    None => I::read(&w, &options, lang, None),
                }
            } else {
                I::read(&kept(options.at)?, &options, lang, None)
            };
            if let Some(since) = options.since {
                let names = (
                    moment_name(&w, since, lang),
                    moment_name(&w, options.at, lang),
                );
                input = input.compared(earlier.get()?, lang, (&names.0, &names.1));
            } else if let Some(name) = baseline.with(|b| b.as_ref().map(|b| b.name().to_owned())) {
                let now = moment_name(&w, Moment::Now, lang);
                input = input.compared(earlier.get()?, lang, (&name, &now));
            }
            if !projector {
                input.title().clear();
            }
            Some(input)
        })
    }

    /// A crowded picture as small multiples, one panel per category — never while it is
    /// edited: a panel has nothing to drag or pick.
    pub fn split<I: Input>(self, input: Memo<Option<I>>, editable: bool) -> Memo<bool> {
        let options = self.options;
        Memo::new(move |_| {
            !editable
                && input.with(|i| {
                    i.as_ref()
                        .is_some_and(|i| options.with(|o| o.panels.split(i.marks())))
                })
        })
    }

    /// The key's own pages for the names that did not fit beside the picture.
    pub fn keys(self, rest: Signal<Vec<Entry>>, size: RwSignal<(f64, f64)>) -> Memo<Vec<KeyPage>> {
        use_key_pages(
            rest,
            KeyPagesOf {
                workshop: self.workshop,
                options: self.options,
                size,
                short: !self.projector,
                pages: self.pages,
            },
        )
    }

    /// On the projector past the picture's own page: the key page shown in its place.
    pub fn key_shown(self, keys: Memo<Vec<KeyPage>>) -> Option<String> {
        let at = self.page.map_or(0, |p| p.get());
        if !self.projector || at == 0 {
            return None;
        }
        keys.with(|k| k.get(at - 1).map(svg))
    }

    /// Off the projector, the key's own pages under the picture.
    pub fn key_pages(self, keys: Memo<Vec<KeyPage>>) -> AnyView {
        let Self {
            projector,
            paged_keys,
            ..
        } = self;
        view! {
            <Show when=move || !projector>
                <KeyPages pages=keys paged=paged_keys />
            </Show>
        }
        .into_any()
    }
}

/// Where `baseline` had the actors of `w`'s combined map (the page's own when it has it).
fn against(
    baseline: &Baseline,
    w: &Workshop,
    map: Option<Signal<Option<CombinedMap>>>,
    options: &GridOptions,
) -> Vec<GridPoint> {
    let points = |m: &CombinedMap| baseline_points(baseline, m, w, options);
    map.and_then(|m| m.with(|m| m.as_ref().map(points)))
        .unwrap_or_else(|| points(&combine(w)))
}

/// A grid's or a graph's input: read from the workshop the same way, with a title and a
/// number of stakeholders.
pub trait Input: Clone + PartialEq + Send + Sync + 'static {
    fn read(w: &Workshop, options: &GridOptions, lang: Language, map: Option<&CombinedMap>)
    -> Self;
    fn title(&mut self) -> &mut String;
    /// How many stakeholders it shows: a crowded picture may split into panels.
    fn marks(&self) -> usize;
    /// What a comparison with `then`, an earlier moment, starts from: its grid's points (the
    /// graph shows one moment: none).
    fn earlier(then: &Workshop, options: &GridOptions, lang: Language) -> Vec<GridPoint>;
    /// Compared with the points [`Input::earlier`] read (the grid; the graph as it is).
    fn compared(self, then: Vec<GridPoint>, lang: Language, names: (&str, &str)) -> Self;
}

/// `Input` for a picture's input type, read by `$read`, its stakeholders in `$marks`,
/// its earlier points read by `$earlier` and compared by `$compared`.
macro_rules! input {
    ($input:ty, $read:path, $marks:ident, $earlier:expr, $compared:expr) => {
        impl Input for $input {
            fn read(
                w: &Workshop,
                options: &GridOptions,
                lang: Language,
                map: Option<&CombinedMap>,
            ) -> Self {
                $read(w, options, lang, map)
            }

            fn title(&mut self) -> &mut String {
                &mut self.words.title
            }

            fn marks(&self) -> usize {
                self.$marks.len()
            }

            fn earlier(then: &Workshop, options: &GridOptions, lang: Language) -> Vec<GridPoint> {
                $earlier(then, options, lang)
            }

            fn compared(self, then: Vec<GridPoint>, lang: Language, names: (&str, &str)) -> Self {
                $compared(self, then, lang, names)
            }
        }
    };
}

input!(
    GridInput,
    grid_input_with,
    points,
    |then: &Workshop, options: &GridOptions, lang| grid_input(then, options, lang).points,
    compared
);
input!(
    GraphInput,
    graph_input_with,
    nodes,
    |_: &Workshop, _: &GridOptions, _| Vec::new(),
    |input, _: Vec<GridPoint>, _, _| input
);
