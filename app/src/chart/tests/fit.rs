//! The plenary's pictures at a real room's size: six and eight groups of 25–40 stakeholders
//! with long names, on the projectors a hotel has (1920×1080, 1280×720, 1024×768), in the three
//! languages. No vocabulary word is ever cut, every stakeholder is named whole somewhere on its
//! picture or its key pages, and the key pages and the disagreement pages hold everything.

use crate::chart::*;
use crate::domain::{Language, RelationKind, Workshop, combine};
use crate::i18n::Term;

const PROJECTORS: [(f64, f64); 3] = [(1920.0, 1080.0), (1280.0, 720.0), (1024.0, 768.0)];
const LANGUAGES: [Language; 3] = [Language::Ru, Language::Ky, Language::En];

/// Every choice the plenary shows: each group, all groups, the combined map.
fn choices(w: &Workshop) -> Vec<GridOptions> {
    let mut out: Vec<GridOptions> = w
        .groups()
        .iter()
        .map(|g| GridOptions::group(g.id()))
        .collect();
    out.push(GridOptions::default());
    out.push(GridOptions::scope(Scope::Combined));
    out
}

fn words(texts: &[&TextItem]) -> String {
    texts
        .iter()
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_inside_and_apart(canvas: Rect, rows: &[LegendRow], what: &str) {
    for (i, a) in rows.iter().enumerate() {
        assert!(
            canvas.contains_rect(&a.text.bounds),
            "{what}: legend row {:?} leaves the canvas",
            a.text.text
        );
        assert!(
            !a.text.text.ends_with('…'),
            "{what}: {:?} is cut",
            a.text.text
        );
        for b in &rows[i + 1..] {
            assert!(
                !a.text.bounds.overlaps(&b.text.bounds),
                "{what}: legend rows {:?} and {:?} overlap",
                a.text.text,
                b.text.text
            );
        }
    }
}

/// The key pages for what did not fit, at the same size.
fn key_pages(rest: &[Entry], w: f64, h: f64, what: &str) -> Vec<KeyPage> {
    let pages = KeyPage::pages(rest, |p, n| format!("Ключ ({p}/{n})"), "далее", w, h);
    for page in &pages {
        assert_inside_and_apart(page.canvas, &page.legend, &format!("{what}, key page"));
    }
    let listed = pages
        .iter()
        .flat_map(|p| &p.legend)
        .filter(|r| r.symbol != Symbol::More)
        .count();
    assert!(
        listed >= rest.len(),
        "{what}: key pages hold {listed} of {} entries",
        rest.len()
    );
    pages
}

fn vocabulary(input: &GridInput, kinds: bool, lang: Language) -> Vec<String> {
    let mut out: Vec<String> = input
        .categories
        .iter()
        .chain(&input.levels)
        .chain(&input.words.attitudes)
        .cloned()
        .collect();
    if input.tag_groups {
        out.extend(input.groups.iter().cloned());
    }
    if kinds {
        out.extend(RelationKind::ALL.iter().map(|k| k.word(lang)));
    }
    out
}

/// Lines of a wrapped name join with or without a space (after a hyphen, inside an overlong
/// word): compared without whitespace, every letter is there, in order.
fn assert_whole(haystack: &str, needle: &str, what: &str) {
    let bare = |s: &str| s.split_whitespace().collect::<String>();
    assert!(
        bare(haystack).contains(&bare(needle)),
        "{what}: {needle:?} is not whole in the picture or its key"
    );
}

#[test]
fn grids_and_graphs_of_a_full_room_name_everything_whole_on_every_projector() {
    for (groups, per_group, merged) in [(6, 25, true), (8, 40, false)] {
        let w = room(groups, per_group, merged);
        for lang in LANGUAGES {
            for (width, height) in PROJECTORS {
                for options in choices(&w) {
                    let what = format!(
                        "{groups}×{per_group} {lang:?} {width}×{height} {}",
                        options.to_query()
                    );
                    let input = grid_input(&w, &options, lang);
                    let grid = GridLayout::compute(&input, width, height);
                    assert_inside_and_apart(grid.canvas, &grid.legend, &format!("{what} grid"));
                    let keys = key_pages(&grid.key_rest, width, height, &what);
                    let mut texts: Vec<&TextItem> = grid.legend.iter().map(|r| &r.text).collect();
                    texts.extend(keys.iter().flat_map(|p| p.legend.iter().map(|r| &r.text)));
                    let key = words(&texts);
                    for word in vocabulary(&input, false, lang) {
                        assert_whole(&key, &word, &format!("{what} grid legend"));
                    }
                    let labels: Vec<&str> =
                        grid.labels.iter().map(|l| l.text.text.as_str()).collect();
                    for p in &input.points {
                        if !labels.iter().any(|l| l.ends_with(&p.name)) {
                            assert_whole(&key, &p.name, &format!("{what} grid"));
                        }
                    }
                    for t in grid.title.iter() {
                        assert!(!t.text.ends_with('…'), "{what}: the title is cut");
                    }

                    let input = graph_input(&w, &options, lang);
                    let graph = GraphLayout::compute(&input, width, height, &Default::default());
                    assert_inside_and_apart(graph.canvas, &graph.legend, &format!("{what} graph"));
                    let keys = key_pages(&graph.key_rest, width, height, &what);
                    let mut texts: Vec<&TextItem> = graph.legend.iter().map(|r| &r.text).collect();
                    texts.extend(keys.iter().flat_map(|p| p.legend.iter().map(|r| &r.text)));
                    let key = words(&texts);
                    let grid_words = grid_input(&w, &options, lang);
                    for word in vocabulary(&grid_words, true, lang)
                        .into_iter()
                        .filter(|w| !grid_words.words.attitudes.contains(w))
                    {
                        assert_whole(&key, &word, &format!("{what} graph legend"));
                    }
                    let labels: Vec<&str> =
                        graph.labels.iter().map(|l| l.text.text.as_str()).collect();
                    for n in &input.nodes {
                        if !labels.iter().any(|l| l.ends_with(&n.name)) {
                            assert_whole(&key, &n.name, &format!("{what} graph"));
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_key_that_does_not_fit_goes_on_to_key_pages_never_summed_up() {
    // Eight groups of forty on one grid at 1024×768: far more names than a panel holds.
    let w = room(8, 40, false);
    let input = grid_input(&w, &GridOptions::default(), Language::Ru);
    let grid = GridLayout::compute(&input, 1024.0, 768.0);
    assert!(
        !grid.key_rest.is_empty(),
        "this many names cannot fit beside the grid"
    );
    assert!(
        !grid.legend.iter().any(|r| r.text.text.starts_with("… +")),
        "nothing is summed up"
    );
    let legend = words(&grid.legend.iter().map(|r| &r.text).collect::<Vec<_>>());
    let continues = crate::i18n::tr(Language::Ru, "grid-key-continues");
    assert!(
        legend.ends_with(&continues),
        "the legend ends saying the key goes on: {legend:?}"
    );
    let pages = KeyPage::pages(
        &grid.key_rest,
        |p, n| format!("{p}/{n}"),
        "далее",
        1024.0,
        768.0,
    );
    assert!(!pages.is_empty());
    assert_eq!(
        pages.last().unwrap().title[0].text,
        format!("{n}/{n}", n = pages.len())
    );
}

#[test]
fn titles_wrap_instead_of_being_cut() {
    let mut input = sample(10, 1);
    input.words.title = ACTOR_TITLE.repeat(2);
    let grid = GridLayout::compute(&input, 1024.0, 768.0);
    assert!(grid.title.len() > 1, "a long title takes more lines");
    let joined = words(&grid.title.iter().collect::<Vec<_>>());
    assert_whole(&joined, &ACTOR_TITLE.repeat(2), "the title");
    assert!(grid.title.iter().all(|t| !t.text.ends_with('…')));
    assert!(
        grid.title
            .iter()
            .all(|t| grid.canvas.contains_rect(&t.bounds))
    );
    assert!(grid.plot.y > grid.title.last().unwrap().bounds.bottom());
}

const ACTOR_TITLE: &str = "Группа 1: депутаты айылных кенешей Иссык-Кульской области · Клуб женщин-депутатов местных кенешей ";

#[test]
fn where_the_groups_disagree_is_paged_with_every_actor_once() {
    let w = room(6, 25, true);
    let map = combine(&w);
    for lang in LANGUAGES {
        for (width, height) in PROJECTORS {
            let what = format!("{lang:?} {width}×{height}");
            let input = contested_input(&w, &map, lang);
            assert_eq!(
                input.actors.len(),
                25,
                "every merged actor was named by six groups"
            );
            let pages =
                ContestedLayout::pages(&input, |p, n| format!("Спор ({p}/{n})"), width, height);
            let ids: Vec<_> = pages
                .iter()
                .flat_map(|p| p.rows.iter().map(|r| r.id))
                .collect();
            let want: Vec<_> = input.actors.iter().map(|a| a.id).collect();
            assert_eq!(ids, want, "{what}: every actor once, most contested first");
            for page in &pages {
                assert!(!page.rows.is_empty(), "{what}: no empty page");
                for t in page.texts() {
                    assert!(
                        page.canvas.contains_rect(&t.bounds),
                        "{what}: {:?} leaves the canvas",
                        t.text
                    );
                    assert!(
                        !t.text.ends_with('…')
                            || t.text.starts_with(&input.words.interest)
                            || t.text.starts_with(&input.words.influence),
                        "{what}: {:?} is cut",
                        t.text
                    );
                }
                let legend_top = page
                    .legend
                    .iter()
                    .map(|r| r.text.bounds.y)
                    .fold(f64::MAX, f64::min);
                for row in &page.rows {
                    assert!(
                        row.band.bottom() <= legend_top,
                        "{what}: a row runs into the key"
                    );
                    for d in &row.dots {
                        assert!(
                            row.band.inflate(1.0).contains(d.center),
                            "{what}: a dot leaves its row"
                        );
                    }
                    let name = words(&row.name.iter().collect::<Vec<_>>());
                    let actor = input.actors.iter().find(|a| a.id == row.id).unwrap();
                    assert_eq!(
                        name,
                        actor.name.split_whitespace().collect::<Vec<_>>().join(" ")
                    );
                    assert_eq!(
                        row.dots.len(),
                        2 * actor.scores.len(),
                        "{what}: a dot per group and scale"
                    );
                }
                let key = words(&page.legend.iter().map(|r| &r.text).collect::<Vec<_>>());
                for g in &input.groups {
                    assert_whole(&key, g, &what);
                }
            }
            if (width, height) == (1024.0, 768.0) {
                assert!(pages.len() > 1, "{what}: 25 actors take more than one page");
            }
        }
    }
}

#[test]
fn no_disagreement_is_one_page_that_says_so() {
    let w = room(3, 10, false);
    let input = contested_input(&w, &combine(&w), Language::En);
    let pages = ContestedLayout::pages(&input, |_, _| "x".into(), 1280.0, 720.0);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].rows.is_empty());
    assert_eq!(
        pages[0].note.as_ref().map(|n| n.text.as_str()),
        Some("No stakeholder is named by two groups yet")
    );
}

#[test]
fn a_crowded_grid_splits_into_a_panel_per_category_from_the_threshold() {
    assert!(!Panels::Auto.split(MULTIPLES_FROM - 1));
    assert!(Panels::Auto.split(MULTIPLES_FROM));
    assert!(!Panels::All.split(500));
    assert!(Panels::Category.split(1));
    // Eight groups of forty, unmerged: 320 combined actors, the most a room makes.
    let w = room(8, 40, false);
    let all = GridOptions::default();
    let combined = GridOptions::scope(Scope::Combined);
    for (options, lang) in [(&all, Language::Ru), (&combined, Language::Ky)] {
        let input = grid_input(&w, options, lang);
        assert!(Panels::Auto.split(input.points.len()));
        for (width, height) in PROJECTORS {
            let what = format!("{lang:?} {width}×{height} {}", options.to_query());
            let panels = GridPanels::compute(&input, width, height);
            assert_eq!(panels.panels.len(), 4, "{what}: one panel per category");
            let label = panels.sizes.label;
            for (i, p) in panels.panels.iter().enumerate() {
                assert!(
                    panels.canvas.contains_rect(&p.area),
                    "{what}: panel {i} leaves the picture"
                );
                for (j, q) in panels.panels.iter().enumerate().skip(i + 1) {
                    assert!(
                        !p.area.overlaps(&q.area),
                        "{what}: panels {i} and {j} overlap"
                    );
                }
                // The same type as one grid on the whole screen, not a quarter of it.
                assert_eq!(p.layout.sizes.label, label, "{what}");
                let names = input.points.iter().filter(|x| x.category == i).count();
                assert_eq!(
                    p.layout.markers.len(),
                    names,
                    "{what}: panel {i} holds its category"
                );
                assert!(p.layout.plot.w > 0.0);
                assert_inside_and_apart(p.layout.canvas, &p.layout.legend, &what);
            }
            for t in panels.texts() {
                assert!(
                    panels.canvas.contains_rect(&t.bounds),
                    "{what}: {:?} leaves the picture",
                    t.text
                );
            }
            // Every name whole: beside its marker, in its panel's key, or on the key pages.
            let keys = key_pages(&panels.key_rest, width, height, &what);
            let mut texts: Vec<&TextItem> = panels
                .panels
                .iter()
                .flat_map(|p| p.layout.legend.iter().map(|r| &r.text))
                .collect();
            texts.extend(keys.iter().flat_map(|k| k.legend.iter().map(|r| &r.text)));
            let key = words(&texts);
            let labels: Vec<&str> = panels
                .panels
                .iter()
                .flat_map(|p| p.layout.labels.iter().map(|l| l.text.text.as_str()))
                .collect();
            for p in &input.points {
                if !labels.iter().any(|l| l.ends_with(&p.name)) {
                    assert_whole(&key, &p.name, &what);
                }
            }
            let legend = words(&panels.legend.iter().map(|r| &r.text).collect::<Vec<_>>());
            for word in input.categories.iter().chain(&input.levels) {
                assert_whole(&legend, word, &format!("{what}: the shared legend"));
            }
        }
    }
}

#[test]
fn a_crowded_graph_splits_by_category_and_keeps_the_whole_graphs_measures() {
    let w = room(8, 40, false);
    let input = graph_input(&w, &GridOptions::default(), Language::Ru);
    assert!(Panels::Auto.split(input.nodes.len()));
    for (width, height) in PROJECTORS {
        let what = format!("{width}×{height}");
        let panels = GraphPanels::compute(&input, width, height, &Default::default());
        assert_eq!(panels.panels.len(), 4, "{what}");
        assert_eq!(
            panels.measures.nodes.len(),
            input.nodes.len(),
            "{what}: the whole graph"
        );
        let mut labels: Vec<&str> = Vec::new();
        let mut texts: Vec<&TextItem> = Vec::new();
        for (i, p) in panels.panels.iter().enumerate() {
            assert!(panels.canvas.contains_rect(&p.area), "{what}");
            assert_eq!(
                p.layout.sizes.label, panels.sizes.label,
                "{what}: the picture's type"
            );
            let ids: Vec<_> = input
                .nodes
                .iter()
                .filter(|n| n.category == i)
                .map(|n| n.id)
                .collect();
            let drawn: Vec<_> = p.layout.nodes.iter().map(|n| n.id).collect();
            assert_eq!(drawn, ids, "{what}: panel {i} holds its category's nodes");
            assert_inside_and_apart(p.layout.canvas, &p.layout.legend, &what);
            labels.extend(p.layout.labels.iter().map(|l| l.text.text.as_str()));
            texts.extend(p.layout.legend.iter().map(|r| &r.text));
        }
        let keys = key_pages(&panels.key_rest, width, height, &what);
        texts.extend(keys.iter().flat_map(|k| k.legend.iter().map(|r| &r.text)));
        let key = words(&texts);
        for n in &input.nodes {
            let name = format!("{} · {}", group_tag(n.group), n.name);
            if !labels.iter().any(|l| l.ends_with(&name)) {
                assert_whole(&key, &name, &what);
            }
        }
        let legend = words(&panels.legend.iter().map(|r| &r.text).collect::<Vec<_>>());
        for kind in vocabulary(
            &grid_input(&w, &GridOptions::default(), Language::Ru),
            true,
            Language::Ru,
        )
        .into_iter()
        .filter(|k| RelationKind::ALL.iter().any(|r| r.word(Language::Ru) == *k))
        {
            assert_whole(&legend, &kind, &format!("{what}: the shared legend"));
        }
    }
}
