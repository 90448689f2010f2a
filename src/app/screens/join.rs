//! "Join a workshop": the host's address, the join code and the seat; the
//! window then becomes that seat (`net_seat::connect`), in the app's language.

use super::{Screen, root_ui, setup_form};
use crate::app::lang::Languages;
use crate::app::net_seat;
use crate::app::theme;
use crate::net::{JoinOptions, SeatClaim};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use std::net::ToSocketAddrs;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw.run_if(in_state(Screen::JoinSetup)));
}

pub(super) struct Form {
    address: String,
    code: String,
    seat: String,
    error: Option<String>,
}

impl Default for Form {
    fn default() -> Form {
        Form { address: "127.0.0.1:7450".into(), code: String::new(), seat: "us".into(), error: None }
    }
}

fn draw(
    mut contexts: EguiContexts,
    mut form: Local<Form>,
    langs: Res<Languages>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l = langs.ui;
    let mut root = root_ui(ctx, "join_setup");
    let error = form.error.clone();
    let words = (tr!(l, "app-join-title"), tr!(l, "app-join-about"), tr!(l, "app-join-go"));
    let join = setup_form(&mut root, l, words, error.as_deref(), &mut next, |ui| {
        egui::Grid::new("join_form").num_columns(2).spacing([24.0, 14.0]).show(ui, |ui| {
            ui.label(tr!(l, "app-join-address"));
            let address = egui::TextEdit::singleline(&mut form.address).hint_text("192.168.1.20:7450");
            ui.add(address.desired_width(260.0));
            ui.end_row();
            ui.label(tr!(l, "app-join-code"));
            let code = egui::TextEdit::singleline(&mut form.code).hint_text(tr!(l, "app-join-code.hint"));
            ui.add(code.desired_width(260.0));
            ui.end_row();
            ui.label(tr!(l, "app-join-seat"));
            ui.vertical(|ui| {
                let seat = egui::TextEdit::singleline(&mut form.seat).hint_text(tr!(l, "app-join-seat.hint"));
                ui.add(seat.desired_width(260.0));
                ui.horizontal(|ui| {
                    for (id, name) in [
                        ("facilitator", tr!(l, "net-seat-facilitator")),
                        ("projector", tr!(l, "net-seat-projector")),
                        ("observer", tr!(l, "net-seat-observer")),
                    ] {
                        if ui.small_button(name).clicked() {
                            form.seat = id.to_string();
                        }
                    }
                });
                ui.label(egui::RichText::new(tr!(l, "net-seat-name-help")).size(13.0).color(theme::MUTED));
            });
            ui.end_row();
        });
    });
    if !join {
        return Ok(());
    }
    let Some(host) = form.address.trim().to_socket_addrs().ok().and_then(|mut a| a.next()) else {
        form.error = Some(tr!(l, "net-bad-address", address = form.address.trim()));
        return Ok(());
    };
    let Ok(claim) = form.seat.parse::<SeatClaim>() else {
        form.error = Some(tr!(l, "net-seat-name-help"));
        return Ok(());
    };
    let options = JoinOptions {
        host,
        code: form.code.trim().to_string(),
        claim,
        policy: None,
        seed: 1,
        rejoin_seconds: 60,
        capture: None,
        lang: l,
        say: None,
    };
    form.error = None;
    commands.insert_resource(net_seat::connect(options, proxy.as_deref()));
    next.set(Screen::Net);
    Ok(())
}
