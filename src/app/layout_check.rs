//! Does the frame read as it was drawn? At the end of each egui pass of a
//! screenshot run, every text egui laid out is checked:
//! - each character is covered by the loaded fonts (an uncovered one draws as
//!   an empty box: Hangul without Nanum Gothic);
//! - nothing is cut: no text runs past the window's edge (where the clip rect
//!   reaches it, so a scroll area's hidden rows do not count), past the sides of
//!   the clip rect it is drawn in (a panel, a column), or out of the filled box it
//!   sits in (a button, a card); and no two texts of one layer are drawn over each
//!   other (a column that overflows into the next).
//!
//! What egui does not record cannot be measured: a text clipped at the bottom of a
//! panel that ends above the window's edge looks the same as a scroll area's
//! last, half-visible row, so that case is left to the eye. A text that egui
//! elided itself ("…", `Label::truncate`) is drawn as meant and is not a finding.

use bevy_egui::egui::text::{FontData, FontDefinitions, FontFamily, Galley};
use bevy_egui::egui::{self, Context, LayerId, Rect, Shape};
use skrifa::MetadataProvider;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

/// Points a text may stick out before it counts (anti-aliasing, rounding).
const SLACK: f32 = 1.0;
/// Least side of the area two texts share to count as drawn over each other.
const OVERLAP: f32 = 2.0;
/// A filled box at most this many times the text's area is a box made for it.
const BOX_AREA: f32 = 40.0;

/// One problem of a frame, naming the text it is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Finding {
    /// A character no loaded font has (drawn as an empty box).
    MissingGlyph { chr: char, text: String },
    /// Text past the window's edge.
    OffWindow { text: String },
    /// Text past the left or right side of its clip rect (cut off sideways).
    Clipped { text: String },
    /// Text sticking out of the filled box (button, card) it sits in.
    OutOfBox { text: String },
    /// Two texts of one layer drawn over each other.
    Overlap { text: String, other: String },
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::MissingGlyph { chr, text } => {
                write!(f, "no font has '{chr}' (U+{:04X}), drawn as a box in \"{text}\"", u32::from(*chr))
            }
            Finding::OffWindow { text } => write!(f, "runs past the window's edge: \"{text}\""),
            Finding::Clipped { text } => write!(f, "cut off at the side of its panel or column: \"{text}\""),
            Finding::OutOfBox { text } => write!(f, "sticks out of its button or card: \"{text}\""),
            Finding::Overlap { text, other } => {
                write!(f, "drawn over another text: \"{text}\" and \"{other}\"")
            }
        }
    }
}

/// An egui plugin that checks every pass and keeps the findings of the latest.
#[derive(Default, Clone)]
pub struct Probe {
    pub latest: Arc<Mutex<Option<Vec<Finding>>>>,
    coverage: Coverage,
}

impl egui::Plugin for Probe {
    fn debug_name(&self) -> &'static str {
        "hotline-layout-check"
    }

    fn on_end_pass(&mut self, ui: &mut egui::Ui) {
        let found = check(ui.ctx(), &mut self.coverage);
        if let Ok(mut latest) = self.latest.lock() {
            *latest = Some(found);
        }
    }
}

/// Which characters the loaded fonts have, read from each font's own character map.
/// egui's `has_glyph` cannot say: it compares fonts, not characters, and calls every
/// character of the font that also draws its replacement box missing (epaint 0.36).
#[derive(Default, Clone)]
struct Coverage {
    /// The fonts of each family, in fallback order, as loaded.
    families: BTreeMap<FontFamily, Vec<Arc<FontData>>>,
    names: BTreeMap<FontFamily, Vec<String>>,
    known: HashMap<(FontFamily, char), bool>,
}

impl Coverage {
    /// Follows the fonts the context has now (they change once, when the app sets its own).
    fn update(&mut self, defs: &FontDefinitions) {
        if self.names == defs.families {
            return;
        }
        self.names = defs.families.clone();
        self.families = defs
            .families
            .iter()
            .map(|(family, names)| {
                (family.clone(), names.iter().filter_map(|n| defs.font_data.get(n).cloned()).collect())
            })
            .collect();
        self.known.clear();
    }

    fn has(&mut self, family: &FontFamily, chr: char) -> bool {
        let fonts = &self.families;
        *self.known.entry((family.clone(), chr)).or_insert_with(|| {
            fonts.get(family).is_some_and(|fonts| {
                fonts.iter().any(|f| {
                    skrifa::FontRef::from_index(&f.font, f.index)
                        .is_ok_and(|font| font.charmap().map(chr).is_some())
                })
            })
        })
    }
}

/// A text as painted: its ink on screen, where it may show, and its layer.
struct Painted {
    layer: LayerId,
    order: usize,
    ink: Rect,
    clip: Rect,
    galley: Arc<Galley>,
}

/// A filled rectangle (button, card, panel) painted on a layer.
struct Fill {
    layer: LayerId,
    order: usize,
    rect: Rect,
}

/// The findings of the pass being drawn (call at its end, before egui drains the shapes).
fn check(ctx: &Context, coverage: &mut Coverage) -> Vec<Finding> {
    let (texts, fills) = painted(ctx);
    let screen = ctx.viewport_rect();
    let mut found = BTreeSet::new();
    ctx.fonts(|fonts| coverage.update(fonts.definitions()));
    for t in &texts {
        for section in &t.galley.job.sections {
            let range = section.byte_range.start.0..section.byte_range.end.0;
            let Some(part) = t.galley.job.text.get(range) else { continue };
            for chr in part.chars().filter(|c| !c.is_whitespace() && !c.is_control()) {
                if !coverage.has(&section.format.font_id.family, chr) {
                    found.insert(Finding::MissingGlyph { chr, text: short(&t.galley) });
                }
            }
        }
    }
    for t in &texts {
        let text = short(&t.galley);
        let shown = t.ink.intersect(t.clip);
        if !shown.is_positive() {
            // Scrolled out of sight (or clipped away entirely by design).
            continue;
        }
        // Past an edge of the window, where nothing but the window clips it.
        let past = |ink: f32, edge: f32, clip: f32, outward: f32| {
            (ink - edge) * outward > SLACK && (clip - edge).abs() <= SLACK
        };
        if past(t.ink.min.x, screen.min.x, t.clip.min.x, -1.0)
            || past(t.ink.max.x, screen.max.x, t.clip.max.x, 1.0)
            || past(t.ink.min.y, screen.min.y, t.clip.min.y, -1.0)
            || past(t.ink.max.y, screen.max.y, t.clip.max.y, 1.0)
        {
            found.insert(Finding::OffWindow { text: text.clone() });
        } else if t.ink.min.x < t.clip.min.x - SLACK || t.ink.max.x > t.clip.max.x + SLACK {
            found.insert(Finding::Clipped { text: text.clone() });
        }
        // The boxes painted under the text's start or middle that are about its size (a
        // button, a chip, a bar; not a panel): the text must fit in one of them.
        let start = egui::pos2(t.ink.min.x + SLACK, t.ink.center().y);
        let mut homes = fills
            .iter()
            .filter(|f| f.layer == t.layer && f.order < t.order && f.rect.area() < BOX_AREA * t.ink.area())
            .filter(|f| f.rect.contains(t.ink.center()) || f.rect.contains(start))
            .peekable();
        if homes.peek().is_some() && !homes.any(|f| f.rect.expand(SLACK).contains_rect(t.ink)) {
            found.insert(Finding::OutOfBox { text: text.clone() });
        }
    }
    // Row by row: a wrapped text's box also covers what sits beside its first row.
    let rows: Vec<Vec<Rect>> = texts
        .iter()
        .map(|t| {
            let at = t.ink.min - t.galley.mesh_bounds.min;
            t.galley
                .rows
                .iter()
                .map(|r| r.row.visuals.mesh_bounds.translate(r.pos.to_vec2() + at).intersect(t.clip))
                .filter(|r| r.is_positive())
                .collect()
        })
        .collect();
    for (i, a) in texts.iter().enumerate() {
        for (j, b) in texts.iter().enumerate().skip(i + 1).filter(|(_, b)| b.layer == a.layer) {
            let over = rows[i].iter().any(|ra| {
                rows[j].iter().any(|rb| {
                    let both = ra.intersect(*rb);
                    both.width() > OVERLAP && both.height() > OVERLAP
                })
            });
            if over {
                found.insert(Finding::Overlap { text: short(&a.galley), other: short(&b.galley) });
            }
        }
    }
    found.into_iter().collect()
}

/// Every text and filled rectangle of the pass, layer by layer, in paint order.
fn painted(ctx: &Context) -> (Vec<Painted>, Vec<Fill>) {
    let mut layers: Vec<LayerId> = ctx.memory(|m| m.layer_ids().collect());
    if !layers.contains(&LayerId::background()) {
        layers.insert(0, LayerId::background());
    }
    let mut texts = Vec::new();
    let mut fills = Vec::new();
    ctx.graphics(|g| {
        for &layer in &layers {
            let Some(list) = g.get(layer) else { continue };
            for (order, clipped) in list.all_entries().enumerate() {
                let mut stack = vec![&clipped.shape];
                while let Some(shape) = stack.pop() {
                    match shape {
                        Shape::Vec(shapes) => stack.extend(shapes),
                        // Rotated text has no upright box to compare.
                        Shape::Text(t) if t.angle == 0.0 && t.opacity_factor > 0.0 => {
                            let ink = t.galley.mesh_bounds.translate(t.pos.to_vec2());
                            if ink.is_positive() {
                                texts.push(Painted {
                                    layer,
                                    order,
                                    ink,
                                    clip: clipped.clip_rect,
                                    galley: t.galley.clone(),
                                });
                            }
                        }
                        Shape::Rect(r) if r.fill.a() > 0 => fills.push(Fill { layer, order, rect: r.rect }),
                        _ => {}
                    }
                }
            }
        }
    });
    (texts, fills)
}

/// The text of a galley as a finding quotes it: one line, at most 60 characters.
fn short(galley: &Galley) -> String {
    let flat: String = galley.job.text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let flat = flat.trim();
    if flat.chars().count() > 60 {
        format!("{}…", flat.chars().take(59).collect::<String>())
    } else {
        flat.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bevy_egui::egui::{RawInput, pos2, vec2};

    /// Runs `draw` for two passes (fonts load on the first) in an 800×600 window
    /// with `fonts`, and returns what the probe found in the last.
    fn findings(fonts: egui::FontDefinitions, mut draw: impl FnMut(&mut egui::Ui)) -> Vec<Finding> {
        let ctx = Context::default();
        ctx.set_fonts(fonts);
        let probe = Probe::default();
        ctx.add_plugin(probe.clone());
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(800.0, 600.0))),
            ..Default::default()
        };
        for _ in 0..2 {
            // No renderer here: the font atlas updates are dropped on purpose.
            ctx.run_ui(input.clone(), &mut draw).textures_delta.clear();
        }
        probe.latest.lock().unwrap().clone().expect("the probe ran")
    }

    fn board(ui: &mut egui::Ui, nation: &str, button: &str) {
        egui::Panel::left("desks").exact_size(200.0).show(ui, |ui| {
            ui.label(nation);
            ui.add_sized([150.0, 30.0], egui::Button::new(button));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().max_height(100.0).show(ui, |ui| {
                // Rows below the scroll area's bottom are hidden by design.
                for i in 0..40 {
                    ui.label(format!("줄 {i}"));
                }
            });
        });
    }

    #[test]
    fn hangul_without_a_hangul_font_is_a_missing_glyph() {
        let good = findings(crate::app::theme::fonts(), |ui| board(ui, "대한민국", "확인"));
        assert_eq!(good, [], "Nanum Gothic covers Hangul, the layout fits");
        let bad = findings(egui::FontDefinitions::default(), |ui| board(ui, "대한민국", "확인"));
        assert!(
            bad.contains(&Finding::MissingGlyph { chr: '대', text: "대한민국".into() }),
            "egui's own fonts have no Hangul: {bad:?}"
        );
    }

    #[test]
    fn a_label_too_long_for_its_column_or_box_is_found() {
        let long = "사이버 위기 경보 단계 상향과 공동조사 착수를 동시에 요청";
        let found = findings(crate::app::theme::fonts(), |ui| {
            // As in a horizontal row of buttons: the label does not wrap.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            board(ui, long, "확인");
        });
        assert_eq!(found, [Finding::Clipped { text: long.into() }], "the panel cuts it off");
        let found = findings(crate::app::theme::fonts(), |ui| {
            let chip = Rect::from_min_size(pos2(300.0, 300.0), vec2(120.0, 30.0));
            ui.painter().rect_filled(chip, 4.0, egui::Color32::DARK_BLUE);
            let font = egui::FontId::proportional(18.0);
            ui.painter().text(
                chip.left_center() + vec2(6.0, 0.0),
                egui::Align2::LEFT_CENTER,
                long,
                font,
                egui::Color32::WHITE,
            );
        });
        assert_eq!(found, [Finding::OutOfBox { text: long.into() }]);
    }

    #[test]
    fn text_past_the_window_and_text_over_text_are_found() {
        let found = findings(crate::app::theme::fonts(), |ui| {
            egui::Area::new("low".into()).fixed_pos(pos2(20.0, 590.0)).constrain(false).show(
                ui.ctx(),
                |ui| {
                    ui.label("토의 질문");
                },
            );
            egui::Area::new("cols".into()).fixed_pos(pos2(20.0, 20.0)).show(ui.ctx(), |ui| {
                let p = ui.painter();
                let font = egui::FontId::proportional(20.0);
                p.text(
                    pos2(0.0, 100.0),
                    egui::Align2::LEFT_TOP,
                    "정보공유 요청",
                    font.clone(),
                    egui::Color32::WHITE,
                );
                p.text(pos2(60.0, 100.0), egui::Align2::LEFT_TOP, "Information", font, egui::Color32::WHITE);
            });
        });
        assert!(found.contains(&Finding::OffWindow { text: "토의 질문".into() }), "{found:?}");
        assert!(
            found.contains(&Finding::Overlap {
                text: "정보공유 요청".into(), other: "Information".into()
            }),
            "{found:?}"
        );
    }
}
