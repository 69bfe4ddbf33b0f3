//! Where the presentation is — a slide and a page of it — and how keys and clickers move it.
//! Pure, so the stepping is tested without a browser.

/// The slide (from 0) and its page (from 0). A page past the slide's last means its last.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct At {
    pub slide: usize,
    pub page: usize,
}

impl At {
    pub const START: At = At { slide: 0, page: 0 };
}

/// Where a key takes the presentation from `at`, whose slide has `pages` pages, of `count`
/// slides; `None` for other keys. Forward walks a slide's pages before the next slide; back
/// from a slide's first page lands on the previous slide's last.
pub fn step(key: &str, at: At, pages: usize, count: usize) -> Option<At> {
    let last = count.saturating_sub(1);
    let at = At {
        slide: at.slide.min(last),
        ..at
    };
    let page = at.page.min(pages.saturating_sub(1));
    let next = At {
        slide: (at.slide + 1).min(last),
        page: 0,
    };
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" | "n" => {
            Some(if page + 1 < pages {
                At {
                    slide: at.slide,
                    page: page + 1,
                }
            } else if at.slide < last {
                next
            } else {
                At {
                    slide: at.slide,
                    page,
                }
            })
        }
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" | "p" => Some(if page > 0 {
            At {
                slide: at.slide,
                page: page - 1,
            }
        } else if at.slide > 0 {
            At {
                slide: at.slide - 1,
                page: usize::MAX,
            }
        } else {
            At::START
        }),
        "Home" => Some(At::START),
        // The last slide however many there come to be: End pressed before the workshop has
        // arrived (a deck of five) still lands on the last once the groups' slides are in.
        "End" => Some(At {
            slide: usize::MAX,
            page: 0,
        }),
        _ => None,
    }
}

/// Where each page of a table starts: rows of these heights, as many on a page as `room`
/// holds, at least one.
pub fn paginate(heights: &[f64], room: f64) -> Vec<usize> {
    let mut starts = vec![0];
    let mut used = 0.0;
    for (i, h) in heights.iter().enumerate() {
        if used > 0.0 && used + h > room {
            starts.push(i);
            used = 0.0;
        }
        used += h;
    }
    starts
}

/// How the join slide sets out `n` QR codes of `modules` modules a side on a `width` ×
/// `height` screen: the columns, whole pixels per module, and the type of the captions.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct JoinLayout {
    pub columns: usize,
    /// Pixels per module.
    pub module: u32,
    /// Between codes: the quiet zone the standard asks for, four modules.
    pub gap: f64,
    pub padding: f64,
    pub title_px: f64,
    pub name_px: f64,
    pub code_px: f64,
    pub warning_px: f64,
}

/// Lines the warning about a local address may take.
pub const WARNING_LINES: f64 = 2.0;

/// The join slide for groups called `names`. A name wraps under its code in the column's
/// width (measured with the pictures' font metrics, a little wider to be safe).
pub fn join_layout(
    names: &[&str],
    modules: usize,
    width: f64,
    height: f64,
    warning: bool,
) -> JoinLayout {
    let n = names.len();
    let padding = (height * 0.02).max(8.0);
    let title_px = (height * 0.028).max(18.0);
    let name_px = (height * 0.02).max(14.0);
    let code_px = (height * 0.028).max(18.0);
    let warning_px = (height * 0.018).max(14.0);
    let caption = |column: f64| {
        let lines = names
            .iter()
            .map(|name| {
                crate::chart::text::wrap(
                    name,
                    name_px * 1.05,
                    crate::chart::text::Weight::Bold,
                    column,
                )
                .len()
            })
            .max()
            .unwrap_or(1) as f64;
        lines * name_px * 1.25 + code_px * 1.3 + 8.0
    };
    let warning_h = if warning {
        WARNING_LINES * warning_px * 1.25 + 8.0 + padding / 2.0
    } else {
        0.0
    };
    // The title is one line; the slide's position sits in the bottom padding.
    let room_w = width - 2.0 * padding;
    let room_h = height - 3.0 * padding - title_px * 1.25 - warning_h;
    let quiet = crate::chart::QrPicture::QUIET as f64;
    let modules = modules as f64;
    let mut best = (0.0_f64, 1);
    for columns in 1..=n.max(1) {
        let rows = n.max(1).div_ceil(columns) as f64;
        let cols = columns as f64;
        let by_width = room_w / (cols * modules + (cols - 1.0) * quiet);
        // Captions take the column's whole width, not only the code's.
        let column = (room_w - (cols - 1.0) * quiet * by_width.floor()) / cols;
        let by_height = (room_h - rows * caption(column)) / (rows * modules + (rows - 1.0) * quiet);
        let m = by_width.min(by_height).floor();
        if m > best.0 {
            best = (m, columns);
        }
    }
    let module = best.0.max(1.0) as u32;
    JoinLayout {
        columns: best.1,
        module,
        gap: quiet * f64::from(module),
        padding,
        title_px,
        name_px,
        code_px,
        warning_px,
    }
}

#[cfg(test)]
mod tests;
