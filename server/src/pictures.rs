//! The pictures as PNG: the same plotters drawing as the SVG, rasterised with DejaVu Sans
//! embedded in the binary (Cyrillic with the Kyrgyz ө ү ң), so a PNG never depends on the
//! fonts of the machine it is made on.

use std::sync::LazyLock;

use ab_glyph::{Font, FontRef};
use plotters::prelude::*;
use plotters::style::FontStyle;
use thiserror::Error;

use app::chart::{FAMILY, FontProfile, Picture};

#[derive(Debug, Error)]
pub enum PictureError {
    #[error("a PNG is between {min} and {max} pixels on each side")]
    Size { min: u32, max: u32 },
    #[error(
        "a PNG has at most {max} pixels (3840 × 2160, 4K); ask for a smaller one, or for the SVG"
    )]
    Pixels { max: u64 },
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error("PNG encoding failed: {0}")]
    Encode(#[from] png::EncodingError),
}

pub const MIN_SIDE: u32 = 200;
/// 8K on a side, for a wide or tall picture; 3840×2160 is the largest a projector asks for.
pub const MAX_SIDE: u32 = 7680;
/// A PNG's pixel budget by default (`--max-png-pixels`), 4K: its buffer is 3 bytes a pixel
/// (25 MB here), and a few are drawn at once. The API checks it before drawing.
pub const MAX_PIXELS: u64 = 3840 * 2160;

/// plotters' ab_glyph text: its size is the font's ascent-to-descent height, and the baseline
/// sits half a size below the top. Registering the font happens with the first use.
#[expect(clippy::expect_used, reason = "the font is embedded in the binary")]
static PNG_FONT: LazyLock<FontProfile> = LazyLock::new(|| {
    for (style, bytes) in [
        (FontStyle::Normal, dejavu::sans::regular()),
        (FontStyle::Bold, dejavu::sans::bold()),
    ] {
        plotters::style::register_font(FAMILY, style, bytes)
            .unwrap_or_else(|_| panic!("the embedded DejaVu Sans loads"));
    }
    let font = FontRef::try_from_slice(dejavu::sans::regular()).expect("DejaVu Sans parses");
    let size_per_em = f64::from(font.height_unscaled() / font.units_per_em().expect("scalable"));
    FontProfile {
        family: FAMILY,
        size_per_em,
        top_to_baseline: size_per_em / 2.0,
    }
});

/// The picture as a PNG of its canvas size.
pub fn png(picture: &impl Picture) -> Result<Vec<u8>, PictureError> {
    let (w, h) = picture.size();
    if !(MIN_SIDE..=MAX_SIDE).contains(&w) || !(MIN_SIDE..=MAX_SIDE).contains(&h) {
        return Err(PictureError::Size {
            min: MIN_SIDE,
            max: MAX_SIDE,
        });
    }
    let mut pixels = vec![0u8; w as usize * h as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (w, h)).into_drawing_area();
        picture
            .draw(&root, &PNG_FONT)
            .map_err(|e| PictureError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| PictureError::Draw(e.to_string()))?;
    }
    let mut out = Vec::with_capacity(pixels.len() / 8);
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    // Flat colours compress well even on the fastest setting, and it keeps 4K under 100 ms.
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(out)
}
