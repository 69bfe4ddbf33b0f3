//! Colours, shapes and letters shared by every picture: the Okabe–Ito palette (told apart with
//! the common kinds of colour blindness) for categories, shapes for levels, a colour and a
//! letter for each group.

/// An sRGB colour.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Black or white, whichever reads better on this colour.
    pub fn ink(self) -> Rgb {
        let Rgb(r, g, b) = self;
        let luma = 0.299 * f64::from(r) + 0.587 * f64::from(g) + 0.114 * f64::from(b);
        if luma > 140.0 { INK } else { PAPER }
    }
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Okabe & Ito (2008), in the order categories take them; black is left out (it is the ink).
pub const CATEGORY: [Rgb; 7] = [
    Rgb(0x00, 0x72, 0xb2), // blue
    Rgb(0xe6, 0x9f, 0x00), // orange
    Rgb(0x00, 0x9e, 0x73), // bluish green
    Rgb(0xcc, 0x79, 0xa7), // reddish purple
    Rgb(0x56, 0xb4, 0xe9), // sky blue
    Rgb(0xd5, 0x5e, 0x00), // vermillion
    Rgb(0xf0, 0xe4, 0x42), // yellow
];

pub const INK: Rgb = Rgb(0x11, 0x11, 0x11);
pub const PAPER: Rgb = Rgb(0xff, 0xff, 0xff);
pub const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
pub const RULE: Rgb = Rgb(0xcc, 0xcc, 0xcc);
/// A compared grid's arrows and new-since rings: a dark violet no category uses.
pub const TRAIL: Rgb = Rgb(0x5b, 0x2a, 0x86);
/// A compared grid's faint markers: where a stakeholder was.
pub const GHOST: Rgb = Rgb(0xe4, 0xe4, 0xe4);
/// The "manage closely" quadrant's tint.
pub const FOCUS: Rgb = Rgb(0xf2, 0xf2, 0xf2);

/// Groups on the picture of where they disagree: Okabe–Ito again (no categories are drawn
/// there), then a dark grey for an eighth group; each dot also carries the group's letter.
pub fn group(index: usize) -> Rgb {
    if index % 8 == 7 {
        Rgb(0x5a, 0x5a, 0x5a)
    } else {
        CATEGORY[index % 8]
    }
}

/// The letter that tells a group's marks apart when several groups share a picture.
pub fn group_tag(index: usize) -> String {
    match u8::try_from(index) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => (index + 1).to_string(),
    }
}

/// `name` with its group's letter in front ("B · name") when `tag`: several groups share the
/// picture.
pub fn tagged(name: &str, group: usize, tag: bool) -> String {
    if tag {
        format!("{} · {name}", group_tag(group))
    } else {
        name.to_owned()
    }
}

pub fn category(index: usize) -> Rgb {
    CATEGORY[index % CATEGORY.len()]
}

/// Marker shapes in the order levels take them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
}

pub fn shape(index: usize) -> Shape {
    [
        Shape::Circle,
        Shape::Square,
        Shape::Triangle,
        Shape::Diamond,
    ][index % 4]
}

/// How a relationship kind is drawn: a colour, and a dash pattern (on, off, … in multiples of
/// the line's width; empty for solid) so the kinds differ without colour too.
pub fn kind_style(kind: crate::domain::RelationKind) -> (Rgb, &'static [f64]) {
    use crate::domain::RelationKind::*;
    match kind {
        Cooperation => (Rgb(0x1b, 0x78, 0x37), &[]),
        Funding => (Rgb(0xb3, 0x58, 0x06), &[6.0, 3.0]),
        Authority => (Rgb(0x3f, 0x00, 0x7d), &[10.0, 3.0, 2.0, 3.0]),
        Information => (Rgb(0x25, 0x25, 0x25), &[1.2, 2.4]),
        Conflict => (Rgb(0xc5, 0x1b, 0x1b), &[3.0, 3.0]),
        Other => (Rgb(0x70, 0x70, 0x70), &[8.0, 3.0, 1.5, 3.0, 1.5, 3.0]),
    }
}
