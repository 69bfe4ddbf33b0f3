// Text contrast that axe-core leaves undecided, measured in the page (`Browser::axe_findings`).
// Sent ahead of a script that calls `pictures` or `undecided`. Ratios and "large text" (24 px,
// or 18.66 px bold, as drawn) as WCAG 2 defines them.

const parse = (c) => {
  const m = /rgba?\(([^)]+)\)/.exec(c || "");
  if (!m) return null;
  const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const channel = (v) => {
  v /= 255;
  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
};
const lum = (c) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
const ratio = (a, b) => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
// `top` at opacity `alpha` over the opaque colour `bottom`.
const over = (top, alpha, bottom) => top.slice(0, 3).map((v, i) => v * alpha + bottom[i] * (1 - alpha));
const hex = (c) => "#" + c.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
const sizeOf = (st, scale) => {
  const px = parseFloat(st.fontSize) * scale;
  return { px, large: px >= 24 || (px >= 18.66 && Number(st.fontWeight) >= 700) };
};
const describe = (text, worst, size) =>
  "«" + text.trim().replace(/\s+/g, " ").slice(0, 60) + "» " + worst.r.toFixed(2) + ":1 (" +
  hex(worst.fg) + " on " + hex(worst.bg) + ", " + size.px.toFixed(1) + " px" +
  (size.large ? ", large" : "") + ")";

// Every visible word of the page's SVG pictures: the colour beneath three points along the
// middle of its box, painted as the browser does — the page's background under the picture,
// then each filled shape drawn before the text that covers the point, with its opacity
// (strokes are lines, not backgrounds). Returns the words below what they need, and the
// lowest ratio seen.
function pictures(normal, largeNeeds) {
  const alpha = (st, c) => c[3] * Number(st.fillOpacity) * Number(st.opacity);
  const shapes = "rect, circle, ellipse, path, polygon, polyline";
  const low = [];
  let lowest = null;
  for (const svg of document.querySelectorAll("svg")) {
    if (svg.closest("[hidden]") || svg.getClientRects().length === 0) continue;
    const under = beneath(svg.parentElement);
    const all = Array.from(svg.querySelectorAll("*"));
    all.forEach((t, i) => {
      if (t.tagName !== "text" || !t.textContent.trim()) return;
      const st = getComputedStyle(t);
      const fill = parse(st.fill);
      if (!fill || st.visibility === "hidden") return;
      const box = t.getBBox();
      if (box.width === 0) return;
      let worst = null;
      for (const f of [0.25, 0.5, 0.75]) {
        const at = new DOMPoint(box.x + box.width * f, box.y + box.height / 2);
        let bg = under;
        for (const s of all.slice(0, i)) {
          if (!s.matches(shapes)) continue;
          const ss = getComputedStyle(s);
          const c = parse(ss.fill);
          if (!c || alpha(ss, c) === 0 || !s.isPointInFill(at)) continue;
          bg = over(c, alpha(ss, c), bg);
        }
        const fg = over(fill, alpha(st, fill), bg);
        const r = ratio(fg, bg);
        if (!worst || r < worst.r) worst = { r, fg, bg };
      }
      if (lowest === null || worst.r < lowest) lowest = worst.r;
      const size = sizeOf(st, t.getScreenCTM()?.a || 1);
      if (worst.r < (size.large ? largeNeeds : normal)) low.push(describe(t.textContent, worst, size));
    });
  }
  return { low, lowest };
}

// The opaque colour of the page under `el`, from its own and its ancestors' backgrounds (white
// when none is set).
function beneath(el) {
  let layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) layers.push(c);
    if (c && c[3] === 1) break;
  }
  return layers.reverse().reduce((bg, c) => over(c, c[3], bg), [255, 255, 255]);
}

// HTML text whose background axe could not tell (it stands over a picture, on a gradient, or
// partly under another box): its colour against every background it may have, at worst. The
// background is the first one set on the element or an ancestor; one that lets anything
// through is laid over black and over white (a box that floats over a picture may have any
// colour beneath it), and a gradient counts as each of its colours. Text with no background of
// its own up to an opaque ancestor is measured against that ancestor. Returns each element's
// worst ratio, and those below what they need.
function undecided(elements, normal, largeNeeds) {
  const low = [];
  const measured = [];
  for (const el of elements) {
    if (!el || el.closest("svg") || !el.textContent.trim()) continue;
    let grounds = [[255, 255, 255]];
    for (let e = el; e; e = e.parentElement) {
      const st = getComputedStyle(e);
      const bg = parse(st.backgroundColor) || [0, 0, 0, 0];
      const stops = (st.backgroundImage.match(/rgba?\([^)]*\)/g) || []).map(parse);
      if (bg[3] === 0 && stops.length === 0) continue;
      grounds = [[0, 0, 0], [255, 255, 255]].map((g) => over(bg, bg[3], g));
      if (stops.length > 0) grounds = grounds.flatMap((g) => stops.map((s) => over(s, s[3], g)));
      break;
    }
    const st = getComputedStyle(el);
    const color = parse(st.color);
    let worst = null;
    for (const bg of grounds) {
      const fg = over(color, color[3], bg);
      const r = ratio(fg, bg);
      if (!worst || r < worst.r) worst = { r, fg, bg };
    }
    const size = sizeOf(st, 1);
    const text = describe(el.textContent, worst, size);
    measured.push(text);
    if (worst.r < (size.large ? largeNeeds : normal)) low.push(text);
  }
  return { low, measured };
}
