//! Writes sample grid and graph pictures (PNG and SVG) to a folder, to look at them:
//! `cargo run -p server --example grid_png -- <folder> [stakeholders] [groups]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| ".".into()));
    let n = args.next().and_then(|a| a.parse().ok()).unwrap_or(40);
    let groups = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let input = app::chart::sample(n, groups);
    for (w, h) in [(1920.0, 1080.0), (1024.0, 768.0), (768.0, 1024.0)] {
        let layout = app::chart::GridLayout::compute(&input, w, h);
        let png = server::pictures::png(&layout).expect("png");
        std::fs::write(dir.join(format!("grid-{w}x{h}.png")), png).expect("write");
        std::fs::write(
            dir.join(format!("grid-{w}x{h}.svg")),
            app::chart::svg(&layout),
        )
        .expect("write");
        let graph = app::chart::GraphLayout::compute(
            &app::chart::sample_graph(n, n * 3 / 2, groups),
            w,
            h,
            &Default::default(),
        );
        let png = server::pictures::png(&graph).expect("png");
        std::fs::write(dir.join(format!("graph-{w}x{h}.png")), png).expect("write");
    }
}
