//! "Host a workshop": the scenario (from the picker's catalog), difficulty,
//! seed, which nations teams play and which the partner AI plays, the port,
//! the join code and the countdown; then the window becomes the host
//! (`net_seat::host`) and shows where to join.

use super::{Screen, difficulty_name, root_ui, setup_form};
use crate::app::lang::Languages;
use crate::app::net_seat;
use crate::app::session::Catalog;
use crate::net::{HostOptions, Session};
use crate::scenario::Text;
use crate::sim::{Difficulty, Exercise};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw.run_if(in_state(Screen::HostSetup)));
}

/// The form, kept while the screen is open.
pub(super) struct Form {
    difficulty: Difficulty,
    seed: u64,
    port: u16,
    code: String,
    /// Per nation of the selected scenario: played by a team.
    teams: Vec<bool>,
    minutes: u32,
    error: Option<String>,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            difficulty: Difficulty::default(),
            seed: crate::app::session::fresh_seed(),
            port: 7450,
            code: crate::net::options::new_code(),
            teams: Vec::new(),
            minutes: 0,
            error: None,
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut contexts: EguiContexts,
    mut form: Local<Form>,
    mut catalog: ResMut<Catalog>,
    langs: Res<Languages>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l = langs.ui;
    let mut root = root_ui(ctx, "host_setup");
    let error = form.error.clone();
    let words = (tr!(l, "app-host-title"), tr!(l, "app-host-about"), tr!(l, "app-host-start"));
    let start = setup_form(&mut root, l, words, error.as_deref(), &mut next, |ui| {
        egui::Grid::new("host_form").num_columns(2).spacing([24.0, 14.0]).show(ui, |ui| {
            ui.label(tr!(l, "app-host-scenario"));
            let title = |e: &crate::app::session::CatalogEntry| match &e.loaded {
                Ok(s) => s.text(l, Text::Title).to_string(),
                Err(_) => e.path.display().to_string(),
            };
            let shown = catalog.selected.and_then(|i| catalog.entries.get(i)).map(title).unwrap_or_default();
            let mut selected = catalog.selected;
            egui::ComboBox::from_id_salt("host_scenario").width(420.0).selected_text(shown).show_ui(
                ui,
                |ui| {
                    for (i, e) in catalog.entries.iter().enumerate().filter(|(_, e)| e.loaded.is_ok()) {
                        ui.selectable_value(&mut selected, Some(i), title(e));
                    }
                },
            );
            catalog.selected = selected;
            ui.end_row();
            ui.label(tr!(l, "app-host-difficulty"));
            ui.horizontal(|ui| {
                for d in [Difficulty::Exercise, Difficulty::Standard, Difficulty::Crisis] {
                    ui.selectable_value(&mut form.difficulty, d, difficulty_name(d, l));
                }
            });
            ui.end_row();
            ui.label(tr!(l, "app-host-seed"));
            ui.add(egui::DragValue::new(&mut form.seed));
            ui.end_row();
            let scenario =
                catalog.selected.and_then(|i| catalog.entries.get(i)).and_then(|e| e.loaded.as_ref().ok());
            if let Some(s) = scenario {
                form.teams.resize(s.nations(), true);
                for n in 0..s.nations() {
                    ui.label(s.text(l, Text::NationShort(n)));
                    ui.horizontal(|ui| {
                        ui.selectable_value(&mut form.teams[n], true, tr!(l, "app-host-team"));
                        ui.selectable_value(&mut form.teams[n], false, tr!(l, "app-host-ai"));
                    });
                    ui.end_row();
                }
            }
            ui.label(tr!(l, "app-host-port"));
            ui.add(egui::DragValue::new(&mut form.port).range(1024..=65535));
            ui.end_row();
            ui.label(tr!(l, "app-host-code"));
            let code = egui::TextEdit::singleline(&mut form.code).hint_text(tr!(l, "app-host-code.hint"));
            ui.add(code.desired_width(260.0));
            ui.end_row();
            ui.label(tr!(l, "app-host-countdown"));
            ui.add(egui::DragValue::new(&mut form.minutes).range(0..=60));
            ui.end_row();
        });
    });
    if !start {
        return Ok(());
    }
    let Some(s) = catalog.selected.and_then(|i| catalog.entries.get(i)).and_then(|e| e.loaded.clone().ok())
    else {
        return Ok(());
    };
    if form.code.trim().is_empty() {
        form.code = crate::net::options::new_code();
    }
    let translations = crate::net::options::translations_of(&s.path);
    let ex = Exercise::with_difficulty(s, form.seed, form.difficulty);
    let options = HostOptions {
        port: form.port,
        code: form.code.trim().to_string(),
        teams: form.teams.clone(),
        turn_seconds: (form.minutes > 0).then_some(u64::from(form.minutes) * 60),
        save: None,
        force: false,
        autosave: None,
        lang: l,
    };
    let session = Session::new(ex, form.teams.clone()).with_translations(translations);
    match net_seat::host(session, options, proxy.as_deref()) {
        Ok(link) => {
            form.error = None;
            commands.insert_resource(link);
            next.set(Screen::Net);
        }
        Err(e) => form.error = Some(e),
    }
    Ok(())
}
