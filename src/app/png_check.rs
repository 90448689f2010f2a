//! Is a screenshot a rendered screen? The PNG the app just wrote is read back
//! and checked: the window's size, more than a handful of colours, and some
//! light pixels (text). A black, blank or one-colour frame (a window that
//! never drew) fails, so `--screenshot` itself fails and CI needs no decoder
//! of its own.

use std::collections::BTreeSet;

/// What a good screenshot looked like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shot {
    pub width: u32,
    pub height: u32,
    /// Distinct colours among the sampled pixels (every 4th pixel of every 4th row).
    pub colours: usize,
    /// Sampled pixels with r + g + b > 300.
    pub light: usize,
}

/// Fewest distinct colours a rendered screen has among the samples.
pub const MIN_COLOURS: usize = 16;
/// Fewest light samples (text on a dark theme).
pub const MIN_LIGHT: usize = 200;

/// Decodes `bytes` as a PNG of `want` = (width, height) pixels and checks it
/// looks like a rendered screen; the error says what is wrong.
pub fn check_png(bytes: &[u8], want: (u32, u32)) -> Result<Shot, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    // 16-bit channels to 8, palettes and grey to RGB: one pixel layout to sample.
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| format!("not a PNG: {e}"))?;
    let size = reader.output_buffer_size().ok_or("the PNG is too large to decode")?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(|e| format!("cannot decode the PNG: {e}"))?;
    if (info.width, info.height) != want {
        return Err(format!("{}x{}, expected {}x{}", info.width, info.height, want.0, want.1));
    }
    let bpp = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Indexed => return Err("an indexed PNG after expansion".into()),
    };
    let mut colours = BTreeSet::new();
    let mut light = 0;
    for y in (0..info.height as usize).step_by(4) {
        let line = &buf[y * info.line_size..][..info.line_size];
        for x in (0..info.width as usize).step_by(4) {
            let p = &line[x * bpp..][..bpp];
            let rgb = if bpp >= 3 { [p[0], p[1], p[2]] } else { [p[0]; 3] };
            colours.insert(rgb);
            if rgb.iter().map(|&c| u32::from(c)).sum::<u32>() > 300 {
                light += 1;
            }
        }
    }
    let shot = Shot { width: info.width, height: info.height, colours: colours.len(), light };
    if shot.colours < MIN_COLOURS {
        return Err(format!("only {} colour(s): blank or one colour", shot.colours));
    }
    if shot.light < MIN_LIGHT {
        return Err(format!("almost no light pixels ({} sampled): no visible text?", shot.light));
    }
    Ok(shot)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(w: u32, h: u32, pixel: impl Fn(u32, u32) -> [u8; 3]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut e = png::Encoder::new(&mut out, w, h);
        e.set_color(png::ColorType::Rgb);
        e.set_depth(png::BitDepth::Eight);
        let mut writer = e.write_header().unwrap();
        let pixel = &pixel;
        let data: Vec<u8> = (0..h).flat_map(|y| (0..w).flat_map(move |x| pixel(x, y))).collect();
        writer.write_image_data(&data).unwrap();
        writer.finish().unwrap();
        out
    }

    #[test]
    fn a_drawn_screen_passes_a_blank_one_does_not() {
        // Dark background with light "text" stripes in many shades.
        let drawn = encode(320, 200, |x, y| {
            if y % 8 < 2 { [200 + (x % 50) as u8, 220, 230] } else { [18, 20, (x / 10) as u8] }
        });
        let shot = check_png(&drawn, (320, 200)).unwrap();
        assert!(shot.colours >= MIN_COLOURS && shot.light >= MIN_LIGHT, "{shot:?}");
        let black = encode(320, 200, |_, _| [0, 0, 0]);
        assert!(check_png(&black, (320, 200)).unwrap_err().contains("colour"));
        let dark = encode(320, 200, |x, y| [(x % 40) as u8, (y % 40) as u8, 10]);
        assert!(check_png(&dark, (320, 200)).unwrap_err().contains("light"));
        assert!(check_png(&drawn, (1920, 1080)).unwrap_err().contains("expected 1920x1080"));
        assert!(check_png(b"GIF89a", (1, 1)).is_err());
        assert!(check_png(&drawn[..drawn.len() / 2], (320, 200)).is_err());
    }
}
