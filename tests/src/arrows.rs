//! The arrows a compared grid draws (rounds, baselines), read from the page's SVG as grid
//! cells, so a test checks each arrow starts and ends where the scores say.

use crate::Browser;

/// The arrows' colour, `chart::palette::TRAIL`, as the SVG writes it.
pub const TRAIL: &str = "#5B2A86";

/// Every arrow on the grid as (start cell, tip cell): the start of each line drawn in the
/// arrows' colour and the tip of each arrowhead (the first point of its polygon), mapped to
/// the scale 1–5 through where the grid says its cells are. Outside the cells (the legend's
/// sample arrow) nothing counts.
const ARROWS: &str = "
    const g = document.querySelector('[data-testid=grid]');
    const svg = g.querySelector('svg');
    const [px, py, pw, ph] = g.dataset.plot.split(',').map(Number);
    const W = Number(svg.getAttribute('width')), H = Number(svg.getAttribute('height'));
    const cell = (x, y) => {
        const fx = (x / W - px) / pw, fy = (py + ph - y / H) / ph;
        if (fx < 0 || fx >= 1 || fy < 0 || fy >= 1) return null;
        return [Math.floor(fx * 5) + 1, Math.floor(fy * 5) + 1];
    };
    const starts = [...svg.querySelectorAll(`path[stroke='TRAIL']`)]
        .flatMap(p => [...p.getAttribute('d').matchAll(/M(-?\\d+) (-?\\d+)/g)])
        .map(m => cell(Number(m[1]), Number(m[2]))).filter(c => c);
    const tips = [...svg.querySelectorAll(`polygon[fill='TRAIL']`)]
        .map(p => p.getAttribute('points').split(' ')[0].split(',').map(Number))
        .map(([x, y]) => cell(x, y)).filter(c => c);
    return [starts, tips];";

/// A cell of the grid: (interest, influence).
pub type Cell = (u8, u8);

/// The arrows on `page`'s grid, sorted: their start cells and their tip cells.
pub async fn arrows(page: &Browser) -> (Vec<Cell>, Vec<Cell>) {
    let read = page.script(&ARROWS.replace("TRAIL", TRAIL)).await;
    let (mut starts, mut tips): (Vec<Cell>, Vec<Cell>) = serde_json::from_value(read).unwrap();
    starts.sort();
    tips.sort();
    (starts, tips)
}

/// Waits until `page`'s grid draws `n` arrows between its cells: the legend's sample arrow is
/// there from the start, so an arrow's colour alone says nothing.
pub async fn until_arrows(page: &Browser, what: &str, n: usize) {
    let read = ARROWS.replace("TRAIL", TRAIL);
    let js = format!(
        "(() => {{
            const g = document.querySelector('[data-testid=grid]');
            if (!g || !g.querySelector('svg') || !g.dataset.plot) return false;
            return (() => {{ {read} }})()[1].length === {n};
        }})()"
    );
    page.until(what, &js).await;
}
