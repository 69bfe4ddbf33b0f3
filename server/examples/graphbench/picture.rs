//! The layout + SVG part: our whole picture of G(500, 2000), its parts and the bare layout,
//! against Graphviz `sfdp` on the same graph, as one table.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use app::chart::{GraphInput, GraphLayout, sample_linked, svg};
use app::graph::layout::{LayoutInput, Placed, layout, overlaps, stress};
use app::graph::measures::{Link, measures};
use app::graph::random::gnm;

use crate::sfdp::{Drawing, SfdpRun, run_sfdp, sfdp_version};
use crate::{HEIGHT, LAYOUT_SEED, OUR_PICTURE_RUNS, SFDP_RUNS, WIDTH, ms, timed};

/// The 500-node picture: the sample stakeholders (long Russian names, influence 1–5, so five
/// node sizes) joined by G(500, 2000), each link of a random kind, strength and direction.
fn picture_input(edges: &[(usize, usize)], seed: u64) -> GraphInput {
    let n = 500;
    let mut input = sample_linked(n, edges, seed);
    input.words.summary = format!("{n} сторон, {} связей", edges.len());
    input
}

/// One drawing's column in the layout table.
#[derive(Default)]
struct Column {
    title: String,
    picture: Option<String>,
    compute: Option<String>,
    bare: Option<String>,
    measures: Option<String>,
    speed_up: Option<String>,
    stress: f64,
    overlaps: usize,
    touching: usize,
    size: String,
}

/// The benchmark graph as our picture drew it: what the other drawings are given.
struct Ours<'a> {
    input: &'a GraphInput,
    edges: &'a [(usize, usize)],
    picture: GraphLayout,
    radii: Vec<f64>,
    font: f64,
    gap: f64,
    previous: Vec<Option<Placed>>,
}

impl Ours<'_> {
    /// The bare `layout` call the picture makes.
    fn layout_input(&self) -> LayoutInput<'_> {
        LayoutInput {
            radii: &self.radii,
            edges: self.edges,
            previous: &self.previous,
            seed: LAYOUT_SEED,
        }
    }

    /// The picture's positions, relative to its plot.
    fn positions(&self) -> Vec<Placed> {
        let plot = self.picture.plot;
        self.picture
            .nodes
            .iter()
            .map(|node| Placed {
                x: node.center.x - plot.x,
                y: node.center.y - plot.y,
            })
            .collect()
    }
}

pub fn layout_part(dir: &Path) {
    let edges = gnm(500, 2_000, 0x6EA9_0001);
    let input = picture_input(&edges, 0x6EA9_0002);

    // Warm-up, and the sizes the picture uses.
    let picture = GraphLayout::compute(&input, WIDTH, HEIGHT, &HashMap::new());
    let drawn = svg(&picture);
    std::fs::write(dir.join("stakemap.svg"), &drawn).expect("cannot write stakemap.svg");
    let radii: Vec<f64> = picture.nodes.iter().map(|node| node.radius).collect();
    let font = picture.sizes.label;
    let ours = Ours {
        input: &input,
        edges: &edges,
        previous: vec![None; radii.len()],
        radii,
        font,
        gap: font * 0.6,
        picture,
    };

    let (column, picture_time) = our_picture(&ours, drawn.len());
    let mut columns = vec![column];
    match sfdp_version() {
        Some(version) => {
            println!("{version}");
            columns.extend(sfdp_columns(dir, &ours, picture_time));
        }
        None => println!(
            "sfdp not found: install Graphviz (`apt-get install -y graphviz`) to compare; \
             skipping sfdp.\n"
        ),
    }
    print_table(&columns, ours.gap);
}

/// Times our picture, its parts and the bare layout; prints what the picture is like; returns
/// its column and the picture's median time.
fn our_picture(ours: &Ours, svg_bytes: usize) -> (Column, Duration) {
    let input = ours.input;
    let n = input.nodes.len();
    let (picture_time, runs) = timed(OUR_PICTURE_RUNS, || {
        svg(&GraphLayout::compute(input, WIDTH, HEIGHT, &HashMap::new()))
    });
    println!(
        "stakemap layout + SVG runs: {:?}",
        runs.iter().map(|&t| ms(t)).collect::<Vec<_>>()
    );
    let (compute_time, _) = timed(OUR_PICTURE_RUNS, || {
        GraphLayout::compute(input, WIDTH, HEIGHT, &HashMap::new())
    });
    let links: Vec<Link> = input
        .links
        .iter()
        .map(|l| Link::new(l.from, l.to, l.strength, l.directed))
        .collect();
    let (measures_time, _) = timed(OUR_PICTURE_RUNS, || measures(n, &links));
    let plot = ours.picture.plot;
    let layout_input = ours.layout_input();
    let bare = layout(&layout_input, plot.w, plot.h, ours.gap);
    let (layout_time, _) = timed(OUR_PICTURE_RUNS, || {
        layout(&layout_input, plot.w, plot.h, ours.gap)
    });
    let positions = ours.positions();
    let same = bare
        .iter()
        .zip(&positions)
        .map(|(a, b)| (a.x - b.x).abs().max((a.y - b.y).abs()))
        .fold(0.0_f64, f64::max);
    describe(ours, svg_bytes, same);

    let column = Column {
        title: format!("stakemap, {WIDTH:.0} × {HEIGHT:.0} picture"),
        picture: Some(format!(
            "{} (median of {OUR_PICTURE_RUNS}; fastest {})",
            ms(picture_time),
            ms(runs.iter().copied().min().unwrap_or_default())
        )),
        compute: Some(ms(compute_time)),
        bare: Some(ms(layout_time)),
        measures: Some(ms(measures_time)),
        speed_up: None,
        stress: stress(&positions, ours.edges),
        overlaps: overlaps(&positions, &ours.radii, ours.gap),
        touching: overlaps(&positions, &ours.radii, 0.0),
        size: format!("{:.0} × {:.0} px (plot)", plot.w, plot.h),
    };
    (column, picture_time)
}

/// The paragraph above the table: the graph, the sizes, how crowded the plot is, and whether
/// the bare `layout` call (`same`: its largest distance from the picture's positions) draws
/// the picture's positions.
fn describe(ours: &Ours, svg_bytes: usize, same: f64) {
    let (picture, radii, gap, font) = (&ours.picture, &ours.radii, ours.gap, ours.font);
    let plot = picture.plot;
    let (lo, hi) = radii.iter().fold((f64::INFINITY, 0.0_f64), |(lo, hi), &r| {
        (lo.min(r), hi.max(r))
    });
    // Share of the plot the discs take with half the gap around each: circles cannot be packed
    // denser than 0.907, and a force layout with a gap gets nowhere near that.
    let crowding = radii
        .iter()
        .map(|r| std::f64::consts::PI * (r + gap / 2.0) * (r + gap / 2.0))
        .sum::<f64>()
        / (plot.w * plot.h);
    let agreement = if same < 1e-6 {
        "the bare `layout` call gives the picture's positions exactly".to_owned()
    } else {
        format!(
            "WARNING: the bare `layout` call differs from the picture's positions by up to \
             {same:.1} px (is LAYOUT_SEED still GraphLayout's seed?)"
        )
    };
    let n = radii.len();
    println!(
        "\n## Layout + SVG: G(500, 2000), seed 0x6EA90001\n\n\
         {n} nodes, {} edges ({} component(s)); radii {lo:.1}–{hi:.1} px, gap {gap:.1} px, \
         labels {font:.1} px; plot {:.0} × {:.0} px of a {WIDTH:.0} × {HEIGHT:.0} canvas, the \
         discs with half the gap around each cover {:.0}% of it; our SVG {} KiB, {} of {n} names \
         as labels (the rest numbered in the legend); {agreement}.\n",
        ours.edges.len(),
        picture.measures.components,
        plot.w,
        plot.h,
        100.0 * crowding,
        svg_bytes / 1024,
        picture.labels.len(),
    );
}

/// sfdp's columns (with and without overlap removal) and ours given as much room as sfdp took.
fn sfdp_columns(dir: &Path, ours: &Ours, picture_time: Duration) -> Vec<Column> {
    let graph = Drawing {
        input: ours.input,
        edges: ours.edges,
        radii: &ours.radii,
        gap: ours.gap,
        font: ours.font,
    };
    let empty = dir.join("empty.dot");
    std::fs::write(&empty, "graph G { n0; }\n").expect("cannot write DOT");
    let (startup, _) = timed(SFDP_RUNS, || {
        Command::new("sfdp")
            .arg("-Tsvg")
            .arg(&empty)
            .output()
            .map(|out| out.status.success())
    });
    println!(
        "sfdp process start-up (`sfdp -Tsvg` on a one-node graph): {}",
        ms(startup)
    );
    let prism = run_sfdp(dir, &graph, "sfdp-prism", "prism");
    let kept = run_sfdp(dir, &graph, "sfdp-default", "");
    println!(
        "sfdp node radii read back from -Tplain differ from ours by at most {:.3} px.\n",
        prism.radius_error.max(kept.radius_error)
    );
    // Ours again, with as much room as sfdp took.
    let (w, h) = prism.size;
    let layout_input = ours.layout_input();
    let roomy = layout(&layout_input, w, h, ours.gap);
    let (roomy_time, _) = timed(OUR_PICTURE_RUNS, || layout(&layout_input, w, h, ours.gap));
    let mut columns = vec![Column {
        title: "stakemap `layout` in sfdp-prism's size".into(),
        bare: Some(ms(roomy_time)),
        stress: stress(&roomy, ours.edges),
        overlaps: overlaps(&roomy, &ours.radii, ours.gap),
        touching: overlaps(&roomy, &ours.radii, 0.0),
        size: format!("{w:.0} × {h:.0} px"),
        ..Column::default()
    }];
    for (title, run) in [
        ("sfdp, `overlap=prism`", prism),
        ("sfdp, overlaps kept (Graphviz default)", kept),
    ] {
        columns.push(sfdp_column(title, &run, picture_time));
    }
    columns
}

fn sfdp_column(title: &str, run: &SfdpRun, picture_time: Duration) -> Column {
    Column {
        title: title.into(),
        picture: Some(format!(
            "{} (process, median of {SFDP_RUNS}; fastest {})",
            ms(run.svg_time),
            ms(run.svg_fastest)
        )),
        speed_up: Some(format!(
            "{:.1}×",
            run.svg_time.as_secs_f64() / picture_time.as_secs_f64()
        )),
        stress: run.stress,
        overlaps: run.overlaps,
        touching: run.touching,
        size: format!("{:.0} × {:.0} pt", run.size.0, run.size.1),
        ..Column::default()
    }
}

/// How a row of the table shows a column.
type Cell<'a> = dyn Fn(&Column) -> String + 'a;

/// The table, a row per measure and a column per drawing (BENCHMARKS.md's layout).
fn print_table(columns: &[Column], gap: f64) {
    let text = |cell: &Option<String>| cell.clone().unwrap_or_else(|| "—".into());
    let close = format!("pairs closer than r₁ + r₂ + {gap:.1} px (the gap)");
    let rows: [(&str, &Cell); 11] = [
        ("measure", &|c| c.title.clone()),
        ("---", &|_| "---".to_owned()),
        ("layout + SVG", &|c| text(&c.picture)),
        ("speed-up of our layout + SVG over it", &|c| {
            text(&c.speed_up)
        }),
        (
            "layout + measures + labels (`GraphLayout::compute`, no SVG)",
            &|c| text(&c.compute),
        ),
        ("of which `measures`", &|c| text(&c.measures)),
        ("bare `layout`", &|c| text(&c.bare)),
        ("stress (normalised, lower is better)", &|c| {
            format!("{:.4}", c.stress)
        }),
        (&close, &|c| c.overlaps.to_string()),
        ("pairs of discs overlapping (gap 0)", &|c| {
            c.touching.to_string()
        }),
        ("drawing size", &|c| c.size.clone()),
    ];
    let mut table = String::new();
    for (name, cell) in rows {
        let cells: Vec<String> = columns.iter().map(cell).collect();
        writeln!(table, "| {name} | {} |", cells.join(" | ")).ok();
    }
    println!("{table}");
}
