//! QR codes read back from a screenshot, as a phone's camera reads them off a screen.

/// Decodes the QR code inside each box (left, top, width in CSS pixels) of a PNG screenshot
/// taken at `ratio` device pixels per CSS pixel; each box must hold exactly one code.
pub fn scan(png: &[u8], boxes: &[(f64, f64, f64)], ratio: f64) -> Vec<String> {
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    let channels = info.color_type.samples();
    let (width, height) = (info.width as usize, info.height as usize);
    boxes
        .iter()
        .map(|&(left, top, side)| {
            let v = |css: f64| (css * ratio) as usize;
            // The code and a margin of white around it, as a camera sees it.
            let margin = v(side) / 6;
            let (x0, y0) = (
                v(left).saturating_sub(margin),
                v(top).saturating_sub(margin),
            );
            let x1 = (v(left) + v(side) + margin).min(width);
            let y1 = (v(top) + v(side) + margin).min(height);
            let mut image =
                rqrr::PreparedImage::prepare_from_greyscale(x1 - x0, y1 - y0, |x, y| {
                    let at = ((y0 + y) * width + x0 + x) * channels;
                    pixels[at]
                });
            let grids = image.detect_grids();
            assert_eq!(grids.len(), 1, "one code in the box at {left}, {top}");
            grids[0].decode().expect("the code reads back").1
        })
        .collect()
}
