//! Look and feel: palette (colour-blind safe: every colour also has a word or
//! a shape), text sizes for a projector, and the UI scale (Ctrl +/-, Ctrl 0).

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::egui::{self, Color32, FontFamily, FontId, TextStyle};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub const BACKGROUND_BEVY: Color = Color::srgb(0.07, 0.08, 0.10);

pub const BG: Color32 = Color32::from_rgb(18, 20, 26);
pub const PANEL: Color32 = Color32::from_rgb(28, 31, 40);
pub const CARD: Color32 = Color32::from_rgb(38, 42, 54);
pub const CARD_SELECTED: Color32 = Color32::from_rgb(52, 60, 84);
pub const TEXT: Color32 = Color32::from_rgb(232, 234, 240);
pub const MUTED: Color32 = Color32::from_rgb(160, 166, 182);
pub const ACCENT: Color32 = Color32::from_rgb(94, 160, 255);
/// Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
pub const GOOD: Color32 = Color32::from_rgb(0, 158, 115);
pub const WARN: Color32 = Color32::from_rgb(230, 159, 0);
pub const BAD: Color32 = Color32::from_rgb(213, 94, 0);
pub const SKY: Color32 = Color32::from_rgb(86, 180, 233);
pub const PURPLE: Color32 = Color32::from_rgb(204, 121, 167);
pub const YELLOW: Color32 = Color32::from_rgb(240, 228, 66);
pub const HOTLINE_RED: Color32 = Color32::from_rgb(190, 30, 45);
/// The inside of a text field: darker than the panels and the forms' page (`BG`).
pub const FIELD: Color32 = Color32::from_rgb(8, 9, 12);
/// The frame of a widget at rest (a text field, a button): visible on `BG`, `PANEL` and `CARD`.
pub const EDGE: Color32 = Color32::from_rgb(104, 112, 132);

/// Colours for chart series, in order.
pub const SERIES: [Color32; 9] = [
    SKY,
    WARN,
    GOOD,
    PURPLE,
    YELLOW,
    BAD,
    Color32::from_rgb(0, 114, 178),
    Color32::from_rgb(220, 220, 220),
    Color32::from_rgb(150, 110, 60),
];

/// The user's scale on top of the automatic one (Ctrl +/-).
#[derive(Resource, Debug, Clone, Copy)]
pub struct UiScale {
    pub user: f32,
}

impl Default for UiScale {
    fn default() -> Self {
        UiScale { user: 1.0 }
    }
}

/// Nanum Gothic (SIL OFL 1.1, `assets/fonts/`): egui's bundled fonts have no Hangul, so a
/// Korean nation name or rationale would draw as empty boxes without it. Built into the binary so
/// an installed or copied program never draws boxes for want of a file.
const HANGUL_FONT: &[u8] = include_bytes!("../../assets/fonts/NanumGothic.ttf");

/// The fonts of every window (main and projector): egui's own first, then Hack (monospace, it
/// carries ▲ ◆ ◉ → ↵) and Nanum Gothic as fallbacks for the glyphs the first lacks.
pub fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert("NanumGothic".to_owned(), egui::FontData::from_static(HANGUL_FONT).into());
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.push("Hack".to_owned());
        family.push("NanumGothic".to_owned());
    }
    if let Some(family) = fonts.families.get_mut(&FontFamily::Monospace) {
        family.push("NanumGothic".to_owned());
    }
    fonts
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<UiScale>().add_systems(EguiPrimaryContextPass, (apply_style, apply_scale).chain());
}

fn apply_style(
    mut contexts: EguiContexts,
    launch: Res<super::session::LaunchOptions>,
    mut done: Local<bool>,
) -> Result {
    if *done {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.set_fonts(fonts());
    let mut visuals = egui::Visuals::dark();
    visuals.panel_fill = PANEL;
    visuals.window_fill = PANEL;
    visuals.extreme_bg_color = BG;
    // An empty text field must show where it is on every background: a frame
    // at rest (egui's dark theme draws none) and its own darker inside.
    visuals.text_edit_bg_color = Some(FIELD);
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, EDGE);
    visuals.override_text_color = Some(TEXT);
    visuals.selection.bg_fill = Color32::from_rgb(40, 90, 170);
    ctx.set_visuals(visuals);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::new(12.0, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(15.0, FontFamily::Proportional)),
            (TextStyle::Heading, FontId::new(22.0, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(14.0, FontFamily::Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 26.0;
    });
    if launch.0.screenshot.is_some() {
        // The pointer sits in the middle of a virtual screen: no tooltips in screenshots.
        ctx.all_styles_mut(|style| style.interaction.tooltip_delay = f32::INFINITY);
    }
    *done = true;
    Ok(())
}

/// Zoom = automatic (from the window height: 720 → 1.0, 1080 → 1.35) × user scale.
fn apply_scale(
    mut contexts: EguiContexts,
    mut scale: ResMut<UiScale>,
    keys: Res<super::input::Keys>,
    window: Single<&Window, With<PrimaryWindow>>,
    mut last: Local<f32>,
) -> Result {
    use super::input::Command;
    let ctx = contexts.ctx_mut()?;
    // Our own Ctrl +/-/0 from the key map (egui's built-in keyboard zoom is off so the two don't fight).
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    if keys.pressed(Command::ZoomIn) {
        scale.user = (scale.user + 0.1).min(2.0);
    }
    if keys.pressed(Command::ZoomOut) {
        scale.user = (scale.user - 0.1).max(0.6);
    }
    if keys.pressed(Command::ZoomReset) {
        scale.user = 1.0;
    }
    let auto = (window.physical_height() as f32 / 800.0).clamp(0.85, 2.5);
    let zoom = auto * scale.user;
    if (zoom - *last).abs() > 0.001 {
        ctx.set_zoom_factor(zoom);
        *last = zoom;
    }
    Ok(())
}

/// Word and colour for a service level (the word carries the meaning).
pub fn service_status(service: f64, l: crate::i18n::Lang) -> (String, Color32) {
    if service >= 80.0 {
        (crate::tr!(l, "app-service-normal"), GOOD)
    } else if service >= 50.0 {
        (crate::tr!(l, "app-service-degraded"), WARN)
    } else if service >= 20.0 {
        (crate::tr!(l, "app-service-critical"), BAD)
    } else {
        (crate::tr!(l, "app-service-down"), Color32::from_rgb(255, 80, 80))
    }
}

/// The icon of an incident's status (the word is shown beside it).
pub fn status_icon(status: crate::sim::Status) -> &'static str {
    use crate::sim::Status as S;
    match status {
        S::Dormant | S::Hidden => "?",
        S::Detected => "⚠",
        S::Investigating => "🔍",
        S::Attributed => "🎯",
        S::Contained => "⛔",
        S::Resolved => "✔",
    }
}

/// The colour of an incident's status.
pub fn status_colour(status: crate::sim::Status) -> Color32 {
    use crate::sim::Status as S;
    match status {
        S::Dormant | S::Hidden => MUTED,
        S::Detected => BAD,
        S::Investigating => WARN,
        S::Attributed => YELLOW,
        S::Contained => SKY,
        S::Resolved => GOOD,
    }
}

/// Colour of an escalation level 1..=5.
pub fn level_colour(level: u8) -> Color32 {
    match level {
        0 | 1 => GOOD,
        2 => SKY,
        3 => YELLOW,
        4 => WARN,
        _ => BAD,
    }
}

/// Large text, for headings on the projector.
pub fn big(text: impl Into<String>, size: f32) -> egui::RichText {
    egui::RichText::new(text).size(size).strong()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether every glyph of `text` can be drawn in the proportional family with these fonts.
    fn draws(fonts: egui::FontDefinitions, text: &str) -> bool {
        let ctx = egui::Context::default();
        ctx.set_fonts(fonts);
        // Fonts are installed at the start of the next pass.
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear(); // no renderer here to upload the font atlas to
        ctx.fonts_mut(|f| f.has_glyphs(&FontId::proportional(15.0), text))
    }

    #[test]
    fn hangul_draws_in_every_window_font() {
        let korean = "대한민국 도상훈련 · 정보공유 · 핫라인";
        assert!(!draws(egui::FontDefinitions::default(), korean), "egui alone has no Hangul");
        assert!(draws(fonts(), korean));
        assert!(draws(fonts(), "▲ ◆ ◉ → ↵ United States"), "the symbol fallback stays");
    }
}
