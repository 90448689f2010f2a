//! SVG charts drawn with plotters, shared by the balance report and the
//! after-action report. Every function returns the SVG document as a string
//! (written next to `index.html` by the balance report, inlined into
//! `report.html` by the AAR).
//!
//! Text is laid out with plotters' built-in estimate (no font files): labels
//! are kept short and label areas sized from the longest label.

use crate::sim::PolicyName;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::io;

/// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
pub const PALETTE: [RGBColor; 8] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(230, 159, 0),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(120, 120, 120),
    RGBColor(240, 228, 66),
];

pub const SUCCESS: RGBColor = RGBColor(0, 158, 115);
pub const PARTIAL: RGBColor = RGBColor(230, 159, 0);
pub const DEFEAT: RGBColor = RGBColor(213, 94, 0);
const INK: RGBColor = RGBColor(40, 44, 52);
const GRID: RGBColor = RGBColor(225, 228, 234);

const FONT: &str = "sans-serif";
const TITLE_SIZE: u32 = 20;
const LABEL_SIZE: u32 = 15;

/// The colour a policy has in every chart (by its place in `PolicyName::ALL`).
pub fn policy_color(p: PolicyName) -> RGBColor {
    const BY_POLICY: [RGBColor; 8] = [
        RGBColor(120, 120, 120),
        RGBColor(230, 159, 0),
        RGBColor(0, 114, 178),
        RGBColor(213, 94, 0),
        RGBColor(0, 158, 115),
        RGBColor(204, 121, 167),
        RGBColor(86, 180, 233),
        RGBColor(240, 228, 66),
    ];
    let i = PolicyName::ALL.iter().position(|q| *q == p).unwrap_or(0);
    BY_POLICY[i % BY_POLICY.len()]
}

/// A named set of values, one per category (bars) or one per point (lines).
#[derive(Debug, Clone)]
pub struct Series<T> {
    pub name: String,
    pub color: RGBColor,
    pub values: Vec<T>,
}

impl<T> Series<T> {
    pub fn new(name: impl Into<String>, color: RGBColor, values: Vec<T>) -> Series<T> {
        Series { name: name.into(), color, values }
    }
}

/// Axis tick text: whole numbers without decimals, others with up to two.
fn tick(v: &f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{:.0}", v.round() + 0.0)
    } else {
        let t = format!("{v:.2}");
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn err(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("chart: {e}"))
}

/// Shortens a label to `max` characters with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Approximate pixel width of a label at `LABEL_SIZE` (plotters' own estimate
/// for Latin text; a Hangul or other wide character counts as two).
fn text_width(s: &str) -> u32 {
    (crate::i18n::display_width(s) as f64 * LABEL_SIZE as f64 / 1.24 / 1.24 * 0.7).ceil() as u32
}

/// Room left of a turned axis title: plotters draws it against the edge,
/// where a Hangul glyph's full-height box is cut (Latin letters fit).
fn y_desc_margin(y_desc: &str) -> u32 {
    if y_desc.chars().any(crate::i18n::is_wide) { 6 } else { 0 }
}

/// Draws a row of legend keys (colour box + name), centred in `area`.
fn legend<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, items: &[(String, RGBColor)]) -> io::Result<()> {
    let widths: Vec<i32> = items.iter().map(|(n, _)| 18 + text_width(n) as i32 + 18).collect();
    let total: i32 = widths.iter().sum();
    let (w, h) = area.dim_in_pixel();
    let mut x = ((w as i32 - total) / 2).max(4);
    let y = h as i32 / 2;
    let style =
        TextStyle::from((FONT, LABEL_SIZE).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
    for ((name, color), wd) in items.iter().zip(widths) {
        area.draw(&Rectangle::new([(x, y - 6), (x + 12, y + 6)], color.filled())).map_err(err)?;
        area.draw_text(name, &style, (x + 17, y)).map_err(err)?;
        x += wd;
    }
    Ok(())
}

/// Horizontal bars: one group per category (top to bottom), one bar per series;
/// `stacked` piles the series end to end instead (e.g. outcome shares).
/// Negative values grow to the left of zero.
pub fn hbars(
    title: &str,
    categories: &[String],
    series: &[Series<f64>],
    x_desc: &str,
    x_range: Option<(f64, f64)>,
    stacked: bool,
) -> io::Result<String> {
    let n = categories.len().max(1);
    let k = series.len().max(1);
    let labels: Vec<String> = categories.iter().map(|c| shorten(c, 48)).collect();
    let label_w = labels.iter().map(|l| text_width(l)).max().unwrap_or(40).clamp(40, 340) + 14;
    let group_h: u32 = if stacked { 30 } else { (9 * k as u32 + 10).max(22) };
    let width = 900u32;
    let height = 40 + 28 + n as u32 * group_h + 56;
    let (lo, hi) = x_range.unwrap_or_else(|| {
        let vals = series.iter().flat_map(|s| s.values.iter().copied());
        let (mut lo, mut hi) = (0.0f64, 0.0f64);
        if stacked {
            for c in 0..categories.len() {
                hi = hi.max(series.iter().map(|s| s.values.get(c).copied().unwrap_or(0.0).max(0.0)).sum());
            }
        } else {
            for v in vals {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
        if hi - lo < 1e-9 {
            hi = lo + 1.0;
        }
        let pad = (hi - lo) * 0.05;
        (if lo < 0.0 { lo - pad } else { 0.0 }, if hi > 0.0 { hi + pad } else { 0.0 })
    });
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (top, body) = root.split_vertically(40 + 28);
        let (cap, leg) = top.split_vertically(40);
        cap.titled(title, (FONT, TITLE_SIZE).into_font().color(&INK)).map_err(err)?;
        if series.len() > 1 || stacked {
            legend(&leg, &series.iter().map(|s| (s.name.clone(), s.color)).collect::<Vec<_>>())?;
        }
        let y_hi = n as f64 - 0.5;
        let mut chart = ChartBuilder::on(&body)
            .margin_right(24)
            .margin_bottom(6)
            .x_label_area_size(44)
            .y_label_area_size(label_w)
            .build_cartesian_2d(lo..hi, -0.5..y_hi)
            .map_err(err)?;
        let fmt_y = |y: &f64| {
            let r = y.round();
            if (y - r).abs() < 1e-6 && r >= 0.0 && (r as usize) < n {
                labels.get(n - 1 - r as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&fmt_y)
            .x_labels(10)
            .x_label_formatter(&tick)
            .x_desc(x_desc)
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .label_style((FONT, LABEL_SIZE).into_font().color(&INK))
            .axis_desc_style((FONT, LABEL_SIZE).into_font().color(&INK))
            .draw()
            .map_err(err)?;
        // Category c is drawn at y = n-1-c so the first one is on top.
        let band = 0.8;
        for (si, s) in series.iter().enumerate() {
            let mut rects = Vec::new();
            for c in 0..categories.len() {
                let v = s.values.get(c).copied().unwrap_or(0.0);
                let yc = (n - 1 - c) as f64;
                if stacked {
                    let start: f64 =
                        series[..si].iter().map(|t| t.values.get(c).copied().unwrap_or(0.0).max(0.0)).sum();
                    if v > 0.0 {
                        rects.push(Rectangle::new(
                            [(start, yc - band / 2.0), (start + v, yc + band / 2.0)],
                            s.color.filled(),
                        ));
                    }
                } else {
                    let h = band / k as f64;
                    let y0 = yc + band / 2.0 - h * (si as f64 + 1.0);
                    rects.push(Rectangle::new(
                        [(0.0f64.clamp(lo, hi), y0 + h * 0.08), (v.clamp(lo, hi), y0 + h * 0.92)],
                        s.color.filled(),
                    ));
                }
            }
            chart.draw_series(rects).map_err(err)?;
        }
        if lo < 0.0 {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(0.0, -0.5), (0.0, y_hi)],
                    INK.stroke_width(1),
                )))
                .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}

/// Small-multiple histograms, one panel per series (captioned by its name),
/// over `lo..hi` in bins of `bin`, as a share of the panel's values (`y_desc`);
/// `marker` draws a labelled vertical line (e.g. the win score).
#[allow(clippy::too_many_arguments)]
pub fn histograms(
    title: &str,
    panels: &[Series<f64>],
    lo: f64,
    hi: f64,
    bin: f64,
    x_desc: &str,
    y_desc: &str,
    marker: Option<(f64, &str)>,
) -> io::Result<String> {
    let bins = ((hi - lo) / bin).ceil().max(1.0) as usize;
    let counts: Vec<Vec<f64>> = panels
        .iter()
        .map(|p| {
            let mut c = vec![0.0; bins];
            for &v in &p.values {
                let b = (((v - lo) / bin).floor().max(0.0) as usize).min(bins - 1);
                c[b] += 1.0;
            }
            let total = p.values.len().max(1) as f64;
            c.iter().map(|x| 100.0 * x / total).collect()
        })
        .collect();
    let y_max = counts.iter().flatten().copied().fold(0.0f64, f64::max).max(1.0) * 1.12;
    let panel_h = 170u32;
    let width = 900u32;
    let height = 40 + panels.len().max(1) as u32 * panel_h + 20;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (cap, body) = root.split_vertically(40);
        cap.titled(title, (FONT, TITLE_SIZE).into_font().color(&INK)).map_err(err)?;
        let areas = body.split_evenly((panels.len().max(1), 1));
        for ((p, c), area) in panels.iter().zip(&counts).zip(areas) {
            let last = std::ptr::eq(p, panels.last().unwrap_or(p));
            let mut chart = ChartBuilder::on(&area)
                .caption(p.name.as_str(), (FONT, LABEL_SIZE).into_font().color(&INK))
                .margin_right(24)
                .margin_top(4)
                .margin_left(y_desc_margin(y_desc))
                .x_label_area_size(if last { 44 } else { 24 })
                .y_label_area_size(70)
                .build_cartesian_2d(lo..hi, 0.0..y_max)
                .map_err(err)?;
            let mut mesh = chart.configure_mesh();
            mesh.x_labels(11)
                .y_labels(4)
                .x_label_formatter(&tick)
                .y_label_formatter(&tick)
                .y_desc(y_desc)
                .light_line_style(TRANSPARENT)
                .bold_line_style(GRID)
                .label_style((FONT, LABEL_SIZE - 2).into_font().color(&INK))
                .axis_desc_style((FONT, LABEL_SIZE - 2).into_font().color(&INK));
            if last {
                mesh.x_desc(x_desc);
            }
            mesh.draw().map_err(err)?;
            chart
                .draw_series(c.iter().enumerate().filter(|(_, v)| **v > 0.0).map(|(b, v)| {
                    let x0 = lo + b as f64 * bin;
                    Rectangle::new(
                        [(x0 + bin * 0.04, 0.0), (x0 + bin * 0.96, *v)],
                        p.color.mix(0.85).filled(),
                    )
                }))
                .map_err(err)?;
            if let Some((m, label)) = marker {
                chart
                    .draw_series(std::iter::once(PathElement::new(
                        vec![(m, 0.0), (m, y_max)],
                        INK.stroke_width(2),
                    )))
                    .map_err(err)?;
                let style = TextStyle::from((FONT, LABEL_SIZE - 2).into_font())
                    .color(&INK)
                    .pos(Pos::new(HPos::Left, VPos::Top));
                chart
                    .draw_series(std::iter::once(Text::new(format!(" {label}"), (m, y_max), style)))
                    .map_err(err)?;
            }
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}

/// Lines over x (e.g. turns); `guides` draw labelled dashed horizontal lines.
pub fn lines(
    title: &str,
    x_desc: &str,
    y_desc: &str,
    series: &[Series<(f64, f64)>],
    y_range: (f64, f64),
    guides: &[(f64, String)],
) -> io::Result<String> {
    let x_max = series.iter().flat_map(|s| s.values.iter().map(|p| p.0)).fold(1.0f64, f64::max);
    let width = 900u32;
    let height = 380u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (top, body) = root.split_vertically(40 + 28);
        let (cap, leg) = top.split_vertically(40);
        cap.titled(title, (FONT, TITLE_SIZE).into_font().color(&INK)).map_err(err)?;
        if series.len() > 1 {
            legend(&leg, &series.iter().map(|s| (s.name.clone(), s.color)).collect::<Vec<_>>())?;
        }
        let mut chart = ChartBuilder::on(&body)
            .margin_right(30)
            .margin_left(y_desc_margin(y_desc))
            .margin_bottom(6)
            .x_label_area_size(44)
            .y_label_area_size(64)
            .build_cartesian_2d(0.0..x_max, y_range.0..y_range.1)
            .map_err(err)?;
        let x_fmt = |x: &f64| if (x - x.round()).abs() < 1e-6 { format!("{:.0}", x) } else { String::new() };
        chart
            .configure_mesh()
            .x_labels((x_max as usize + 1).min(16))
            .x_label_formatter(&x_fmt)
            .y_labels(6)
            .y_label_formatter(&tick)
            .x_desc(x_desc)
            .y_desc(y_desc)
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .label_style((FONT, LABEL_SIZE).into_font().color(&INK))
            .axis_desc_style((FONT, LABEL_SIZE).into_font().color(&INK))
            .draw()
            .map_err(err)?;
        for (y, label) in guides {
            let mut dashes = Vec::new();
            let step = x_max / 60.0;
            let mut x = 0.0;
            while x < x_max {
                dashes.push(PathElement::new(
                    vec![(x, *y), ((x + step * 0.5).min(x_max), *y)],
                    RGBColor(150, 150, 150).stroke_width(1),
                ));
                x += step;
            }
            chart.draw_series(dashes).map_err(err)?;
            let style = TextStyle::from((FONT, LABEL_SIZE - 2).into_font())
                .color(&RGBColor(110, 110, 110))
                .pos(Pos::new(HPos::Right, VPos::Bottom));
            chart.draw_series(std::iter::once(Text::new(label.clone(), (x_max, *y), style))).map_err(err)?;
        }
        for s in series {
            chart
                .draw_series(LineSeries::new(s.values.iter().copied(), s.color.stroke_width(3)))
                .map_err(err)?;
            chart.draw_series(s.values.iter().map(|&p| Circle::new(p, 3, s.color.filled()))).map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}

/// Dot-and-whisker rows: per category and series, a whisker from `lo` to `hi`
/// and a dot at `mid` (None: nothing drawn, e.g. an inject that never fired).
pub fn ranges(
    title: &str,
    categories: &[String],
    series: &[Series<Option<(f64, f64, f64)>>],
    x_desc: &str,
    x_range: (f64, f64),
) -> io::Result<String> {
    let n = categories.len().max(1);
    let k = series.len().max(1);
    let labels: Vec<String> = categories.iter().map(|c| shorten(c, 48)).collect();
    let label_w = labels.iter().map(|l| text_width(l)).max().unwrap_or(40).clamp(40, 340) + 14;
    let group_h: u32 = (9 * k as u32 + 10).max(22);
    let width = 900u32;
    let height = 40 + 28 + n as u32 * group_h + 56;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (top, body) = root.split_vertically(40 + 28);
        let (cap, leg) = top.split_vertically(40);
        cap.titled(title, (FONT, TITLE_SIZE).into_font().color(&INK)).map_err(err)?;
        legend(&leg, &series.iter().map(|s| (s.name.clone(), s.color)).collect::<Vec<_>>())?;
        let y_hi = n as f64 - 0.5;
        let mut chart = ChartBuilder::on(&body)
            .margin_right(24)
            .margin_bottom(6)
            .x_label_area_size(44)
            .y_label_area_size(label_w)
            .build_cartesian_2d(x_range.0..x_range.1, -0.5..y_hi)
            .map_err(err)?;
        let fmt_y = |y: &f64| {
            let r = y.round();
            if (y - r).abs() < 1e-6 && r >= 0.0 && (r as usize) < n {
                labels.get(n - 1 - r as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        };
        let x_fmt = |x: &f64| if (x - x.round()).abs() < 1e-6 { format!("{:.0}", x) } else { String::new() };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&fmt_y)
            .x_labels(((x_range.1 - x_range.0) as usize + 1).min(16))
            .x_label_formatter(&x_fmt)
            .x_desc(x_desc)
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .label_style((FONT, LABEL_SIZE).into_font().color(&INK))
            .axis_desc_style((FONT, LABEL_SIZE).into_font().color(&INK))
            .draw()
            .map_err(err)?;
        let band = 0.8;
        for (si, s) in series.iter().enumerate() {
            let h = band / k as f64;
            let mut whiskers = Vec::new();
            let mut dots = Vec::new();
            for c in 0..categories.len() {
                if let Some(Some((lo, mid, hi))) = s.values.get(c) {
                    let y = (n - 1 - c) as f64 + band / 2.0 - h * (si as f64 + 0.5);
                    whiskers.push(PathElement::new(vec![(*lo, y), (*hi, y)], s.color.stroke_width(2)));
                    dots.push(Circle::new((*mid, y), 4, s.color.filled()));
                }
            }
            chart.draw_series(whiskers).map_err(err)?;
            chart.draw_series(dots).map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}

/// The `<svg …>…</svg>` element of a document, for inlining into HTML.
pub fn inline(svg: &str) -> &str {
    svg.find("<svg").map_or(svg, |i| &svg[i..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_with_their_labels() {
        let cats = vec!["First inject".to_string(), "Second & last".to_string()];
        let s = vec![
            Series::new("cooperative", PALETTE[0], vec![0.5, 1.0]),
            Series::new("passive", PALETTE[1], vec![0.0, 0.25]),
        ];
        let svg = hbars("Fire rate", &cats, &s, "share of runs", Some((0.0, 1.0)), false).unwrap();
        assert!(
            svg.contains("<svg")
                && svg.contains("First inject")
                && svg.contains("Second &amp; last")
                && svg.contains("cooperative")
        );
        let svg = histograms(
            "Scores",
            &[Series::new("x (3 runs)", PALETTE[0], vec![10.0, 55.0, 99.0])],
            0.0,
            100.0,
            5.0,
            "score",
            "% of runs",
            Some((60.0, "win")),
        )
        .unwrap();
        assert!(svg.contains("x (3 runs)") && svg.contains("% of runs"));
        assert!(text_width("가나다라") > text_width("abcd") * 3 / 2, "Hangul is measured wide");
        let l = lines(
            "Trust",
            "turn",
            "trust",
            &[Series::new("trust", PALETTE[0], vec![(0.0, 60.0), (1.0, 70.0)])],
            (0.0, 100.0),
            &[(50.0, "half".into())],
        )
        .unwrap();
        assert!(inline(&l).starts_with("<svg"));
        let r = ranges(
            "Timing",
            &cats,
            &[Series::new("p", PALETTE[0], vec![Some((1.0, 2.0, 3.0)), None])],
            "turn",
            (1.0, 12.0),
        )
        .unwrap();
        assert!(r.contains("Second &amp; last"));
    }
}
