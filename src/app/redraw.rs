//! Keeps an idle window idle.
//!
//! bevy_egui 0.42 hands egui the modifier keys as an event on every frame;
//! egui 0.36 treats any input event as a reason to repaint at once, and
//! bevy_egui turns that repaint into a redraw — so the reactive app would
//! redraw continuously (a whole core under a software renderer). We keep the
//! event only when the modifiers actually change.
//!
//! With `HOTLINE_DEBUG_REDRAW=1` every frame logs egui's repaint causes and
//! input events (an `info!` line for the developer; the log filter lets this
//! module's through), to see what keeps the window busy.

use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiInput, EguiPreUpdateSet, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
    );
    if debugging() {
        app.add_systems(EguiPrimaryContextPass, log_causes);
    }
}

fn debugging() -> bool {
    std::env::var_os("HOTLINE_DEBUG_REDRAW").is_some()
}

/// The app's log filter: warnings, and this module's frame lines when asked for.
pub(super) fn log_filter() -> &'static str {
    if debugging() {
        "warn,hotline::app::redraw=info,wgpu=error,naga=error"
    } else {
        "warn,wgpu=error,naga=error"
    }
}

fn drop_repeated_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        // Losing or gaining focus resets egui's modifiers: tell it again then.
        let focus_changed = input.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(_)));
        let previous = last.get(&entity).copied();
        let mut newest = previous;
        input.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let keep = focus_changed || previous != Some(*m);
                newest = Some(*m);
                keep
            }
            _ => true,
        });
        if let Some(m) = newest {
            last.insert(entity, m);
        }
    }
}

fn log_causes(mut contexts: EguiContexts, mut frame: Local<u64>) -> Result {
    let ctx = contexts.ctx_mut()?;
    *frame += 1;
    let events = ctx.input(|i| i.events.clone());
    info!("frame {}: repaint causes {:?}; input events {events:?}", *frame, ctx.repaint_causes());
    Ok(())
}
