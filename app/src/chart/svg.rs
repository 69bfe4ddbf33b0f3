//! A compact SVG backend for plotters: the pictures for the screen and for SVG files.
//!
//! plotters' own SVG backend writes every stroke as its own element, and a dashed edge is drawn
//! as one stroke per dash: a 500-node graph came out as 36,000 `<polyline>`s (3.6 MB) and writing
//! them took longer than laying the graph out. This backend joins consecutive strokes of one
//! colour and width into a single `<path>` (one `M … L …` run per stroke), so a dashed edge is
//! one element and the file is a fraction of the size. Everything else is drawn in call order,
//! so what is on top stays on top. Text is escaped: names are data, never markup.

use std::convert::Infallible;
use std::fmt::Write;

use plotters_backend::FontStyle;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// From the top of a line of text down to its baseline, in ems (DejaVu Sans' ascent).
pub const TOP_TO_BASELINE: f64 = 0.76;

pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    /// Strokes waiting to be written as one `<path>`: their colour and width, and the path data.
    strokes: Option<(BackendColor, u32)>,
    data: String,
    done: bool,
}

impl<'a> SvgWriter<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let _ = write!(
            out,
            r#"<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">"#,
            w = size.0,
            h = size.1
        );
        out.push('\n');
        Self {
            out,
            size,
            strokes: None,
            data: String::new(),
            done: false,
        }
    }

    /// Adds a stroke to the waiting path, first writing the path if its style differs.
    fn stroke(
        &mut self,
        points: impl IntoIterator<Item = BackendCoord>,
        style: (BackendColor, u32),
    ) {
        if self.strokes.is_some_and(|s| !same_style(s, style)) {
            self.flush();
        }
        self.strokes = Some(style);
        for (k, (x, y)) in points.into_iter().enumerate() {
            let _ = write!(self.data, "{}{x} {y}", if k == 0 { 'M' } else { 'L' });
        }
    }

    fn flush(&mut self) {
        if let Some((colour, width)) = self.strokes.take() {
            let _ = write!(
                self.out,
                r#"<path fill="none" stroke="{}"{} stroke-width="{width}" stroke-linecap="butt" d="{}"/>"#,
                hex(colour),
                opacity(colour),
                self.data
            );
            self.out.push('\n');
            self.data.clear();
        }
    }

    /// A rectangle or circle (`element`: its name and geometry), filled or outlined.
    fn shape<S: BackendStyle>(&mut self, element: std::fmt::Arguments, style: &S, fill: bool) {
        let c = style.color();
        if c.alpha > 0.0 {
            self.flush();
            let paint = paint(c, fill, style.stroke_width());
            let _ = writeln!(self.out, "<{element} {paint}{}/>", opacity(c));
        }
    }

    fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
        let mut s = String::new();
        for (k, (x, y)) in path.into_iter().enumerate() {
            let _ = write!(s, "{}{x},{y}", if k == 0 { "" } else { " " });
        }
        s
    }
}

fn same_style(a: (BackendColor, u32), b: (BackendColor, u32)) -> bool {
    a.0.rgb == b.0.rgb && a.0.alpha == b.0.alpha && a.1 == b.1
}

fn hex(c: BackendColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.rgb.0, c.rgb.1, c.rgb.2)
}

/// Nothing for opaque colours (the default), else the attribute.
fn opacity(c: BackendColor) -> String {
    if c.alpha >= 1.0 {
        String::new()
    } else {
        format!(r#" opacity="{:.3}""#, c.alpha)
    }
}

/// A shape's fill, or its outline when it is not filled.
fn paint(c: BackendColor, fill: bool, width: u32) -> String {
    if fill {
        format!(r#"fill="{}""#, hex(c))
    } else {
        format!(r#"fill="none" stroke="{}" stroke-width="{width}""#, hex(c))
    }
}

/// Escapes text for an element's content or an attribute value.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0; a name cannot smuggle them in.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        if !self.done {
            self.flush();
            self.out.push_str("</svg>\n");
            self.done = true;
        }
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        (x, y): BackendCoord,
        colour: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if colour.alpha > 0.0 {
            self.flush();
            let _ = writeln!(
                self.out,
                r#"<rect x="{x}" y="{y}" width="1" height="1" fill="{}"{}/>"#,
                hex(colour),
                opacity(colour)
            );
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha > 0.0 {
            self.stroke([from, to], (style.color(), style.stroke_width()));
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha > 0.0 {
            self.stroke(path, (style.color(), style.stroke_width()));
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.shape(
            format_args!(
                r#"rect x="{x0}" y="{y0}" width="{}" height="{}""#,
                x1 - x0,
                y1 - y0
            ),
            style,
            fill,
        );
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.shape(
            format_args!(r#"circle cx="{x}" cy="{y}" r="{radius}""#),
            style,
            fill,
        );
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha > 0.0 {
            self.flush();
            let _ = writeln!(
                self.out,
                r#"<polygon fill="{}"{} points="{}"/>"#,
                hex(c),
                opacity(c),
                Self::points(path)
            );
        }
        Ok(())
    }

    /// `pos` is where the anchor sits; the layout only ever anchors text at its top.
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        (x, y): BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        self.flush();
        let size = style.size();
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let baseline = match style.anchor().v_pos {
            VPos::Top => f64::from(y) + size * TOP_TO_BASELINE,
            VPos::Center => f64::from(y) + size * (TOP_TO_BASELINE - 0.5),
            VPos::Bottom => f64::from(y) + size * (TOP_TO_BASELINE - 1.0),
        };
        let weight = match style.style() {
            FontStyle::Bold => r#" font-weight="bold""#,
            _ => "",
        };
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{baseline:.1}" text-anchor="{anchor}" font-family=""#
        );
        escape_into(self.out, style.family().as_str());
        let _ = write!(
            self.out,
            r#"" font-size="{}"{weight} fill="{}"{}>"#,
            (size * 10.0).round() / 10.0,
            hex(c),
            opacity(c)
        );
        escape_into(self.out, text);
        self.out.push_str("</text>\n");
        Ok(())
    }
}

impl Drop for SvgWriter<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}

#[cfg(test)]
mod tests;
