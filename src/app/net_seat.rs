//! The window as a networked seat (and as a host): the same seat as `hotline
//! join --headless` ([`crate::net::seat`]) runs on its own thread and hands
//! the host's messages to the window, waking it (a reactive window sleeps
//! until input or network traffic). The board is built from the seat's view
//! ([`SeatView`]); the seat's decisions go to the host as intents (the one
//! door, `intent.rs`, hands them to [`NetLink::send`]) and are
//! never submitted here: the host's authority applies them.
//!
//! A host window starts the headless host's code on another thread and sits
//! at it as the facilitator's seat over loopback.

use super::AppSystems;
use super::screens::Screen;
use super::session::{Game, LaunchOptions, Mode, Notice};
use super::table::Table;
use super::theme;
use crate::i18n::Lang;
use crate::net::seat::{Bridge, LinkEvent};
use crate::net::{HostOptions, JoinOptions, SeatClaim, SeatView, Session, ToHost, ToSeat};
use crate::sim::{Decision, Event, Seat};
use crate::tr;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::egui;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// What the command line asks the window to be: a host, or a joined seat.
pub enum NetStart {
    Host { session: Box<Session>, options: HostOptions },
    Join(JoinOptions),
}

/// Waiting for Startup: the command line's host or join.
#[derive(Resource, Default)]
pub struct PendingNet(pub Mutex<Option<NetStart>>);

/// Where the host window listens, shown on its screen.
pub struct HostInfo {
    pub addresses: Vec<SocketAddr>,
    pub code: String,
    stop: Arc<AtomicBool>,
}

impl Drop for HostInfo {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The window's seat: its link to the seat thread and what it knows.
#[derive(Resource)]
pub struct NetLink {
    to_seat: mpsc::Sender<ToHost>,
    from_seat: Mutex<mpsc::Receiver<LinkEvent>>,
    stop: Arc<AtomicBool>,
    pub claim: SeatClaim,
    pub view: Option<SeatView>,
    /// When the facilitator's countdown ends (from the host's last update).
    pub deadline: Option<Instant>,
    /// When the host's last update came (a paused countdown stands still there).
    heard: Instant,
    /// Why the seat stopped (refused, wrong code, host gone), in the seat's language.
    pub ended: Option<String>,
    pub host: Option<HostInfo>,
    /// The hotline line being typed.
    pub chat: String,
    pub lang: Lang,
    /// The join code, and where teams join (shown on the console and the wall).
    pub code: String,
    pub join_at: Vec<SocketAddr>,
}

impl Drop for NetLink {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl NetLink {
    /// Sends an intent to the host (its authority decides).
    pub fn send(&self, m: ToHost) {
        let _ = self.to_seat.send(m);
    }

    /// Seconds left on the countdown, if one runs (standing still while the facilitator pauses).
    pub fn countdown(&self) -> Option<u64> {
        let now = if self.paused() { self.heard } else { Instant::now() };
        self.deadline.map(|d| d.saturating_duration_since(now).as_secs())
    }

    /// The facilitator paused the exercise.
    pub fn paused(&self) -> bool {
        self.view.as_ref().is_some_and(|v| v.clock.paused)
    }

    /// The workshop table as the host's clock has it (the pause, the
    /// countdown's length and what is left of it), for the console, the wall
    /// and a team's board; the second window's switch stays this window's (`local`).
    pub fn table(&self, local: &Table) -> Table {
        let clock = self.view.as_ref().map(|v| v.clock).unwrap_or_default();
        Table {
            paused: clock.paused,
            countdown_minutes: clock.turn_seconds.map_or(0, |s| (s / 60).max(1) as u32),
            remaining: self.countdown().unwrap_or(0) as f64,
            projector_window: local.projector_window,
            ..Table::default()
        }
    }

    /// The wall's small print: who is still planning, and how to join
    /// ("Join: 192.168.1.5:7450 · code ABCD-EFGH").
    pub fn wall_lines(&self, l: Lang) -> Vec<String> {
        let addresses: Vec<String> = self.join_at.iter().map(|a| a.to_string()).collect();
        let join = tr!(l, "app-net-join-line", address = addresses.join(" / "), code = self.code.as_str());
        self.strip(l).into_iter().chain([join]).collect()
    }

    /// "US: planning… · ROK: partner AI · countdown 2:41", in `l`.
    pub fn strip(&self, l: Lang) -> Option<String> {
        let v = self.view.as_ref()?;
        if v.over {
            return Some(tr!(l, "app-net-over"));
        }
        Some(crate::narrate::net::planning(l, &v.scenario, &v.planning, &v.partner_ai, self.countdown()))
    }

    /// A turn in progress: a team has pressed Done and another is still planning.
    pub fn mid_turn(&self) -> bool {
        let Some(v) = self.view.as_ref().filter(|v| !v.over) else { return false };
        let ai = |n: usize| v.partner_ai.get(n).copied().unwrap_or(false);
        let done = v.planning.iter().enumerate().any(|(n, &p)| !p && !ai(n));
        done && v.planning.contains(&true)
    }

    /// A nation called the hotline this turn.
    pub fn hotline_open(&self) -> bool {
        self.view.as_ref().is_some_and(|v| !v.over && v.copy().hotline_open())
    }
}

/// Joins `options.host` as `options.claim`, waking the window on every message.
pub fn connect(options: JoinOptions, proxy: Option<&bevy::winit::EventLoopProxyWrapper>) -> NetLink {
    let proxy: Option<bevy::winit::EventLoopProxy<bevy::winit::WinitUserEvent>> =
        proxy.map(|p| (**p).clone());
    let wake = Box::new(move || {
        if let Some(p) = &proxy {
            let _ = p.send_event(bevy::winit::WinitUserEvent::WakeUp);
        }
    });
    let (link, from_window, to_window) = wired(&options);
    let bridge = Bridge { to_window, from_window: Mutex::new(from_window), wake, stop: link.stop.clone() };
    crate::net::seat::spawn(options, bridge);
    link
}

/// A link and the seat's ends of its two channels (what the window sends,
/// where the seat's messages go in): the seat thread holds them, or a test
/// that plays the host in-process.
pub(super) fn wired(options: &JoinOptions) -> (NetLink, mpsc::Receiver<ToHost>, mpsc::Sender<LinkEvent>) {
    let (to_seat, from_window) = mpsc::channel();
    let (to_window, from_seat) = mpsc::channel();
    let link = NetLink {
        to_seat,
        from_seat: Mutex::new(from_seat),
        stop: Arc::new(AtomicBool::new(false)),
        claim: options.claim.clone(),
        view: None,
        deadline: None,
        heard: Instant::now(),
        ended: None,
        host: None,
        chat: String::new(),
        lang: options.lang,
        code: options.code.clone(),
        join_at: join_at(options.host),
    };
    (link, from_window, to_window)
}

/// Where teams join a host this seat reaches at `host`: that address, or, when
/// it is loopback (this seat runs on the host's machine, as the host's own
/// window does), the machine's outward address. The room cannot reach
/// loopback, so it is shown only when there is nothing else.
fn join_at(host: SocketAddr) -> Vec<SocketAddr> {
    if !host.ip().is_loopback() {
        return vec![host];
    }
    let all = crate::net::transport::host_addresses(host.port());
    let outward: Vec<SocketAddr> = all.iter().copied().filter(|a| !a.ip().is_loopback()).collect();
    if outward.is_empty() { all } else { outward }
}

/// Starts the host on another thread and seats this window at it as the facilitator.
pub fn host(
    session: Session,
    options: HostOptions,
    proxy: Option<&bevy::winit::EventLoopProxyWrapper>,
) -> Result<NetLink, String> {
    let stop = Arc::new(AtomicBool::new(false));
    let (port, code, lang) = (options.port, options.code.clone(), options.lang);
    crate::net::host::spawn(session, options, stop.clone())?;
    let join = JoinOptions {
        host: SocketAddr::from(([127, 0, 0, 1], port)),
        code: code.clone(),
        claim: SeatClaim::Facilitator,
        policy: None,
        seed: 1,
        rejoin_seconds: 0,
        capture: None,
        lang,
        say: None,
    };
    let mut link = connect(join, proxy);
    link.host = Some(HostInfo { addresses: crate::net::transport::host_addresses(port), code, stop });
    Ok(link)
}

/// A screenshot of a networked window (`--screenshot FILE` with host or
/// join), taken and checked by `screenshot.rs`: `after` the seat is welcomed,
/// or, with `mid_turn`, a few frames after the seat sees a turn in progress
/// (a team done, another still planning); a joined seat then exits.
#[derive(Resource, Debug, Clone)]
pub struct NetShot {
    pub path: std::path::PathBuf,
    pub after: Duration,
    pub exit: bool,
    pub mid_turn: bool,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PendingNet>()
        .add_systems(Startup, start)
        .add_systems(Update, pump.in_set(AppSystems::TickTimers).run_if(resource_exists::<NetLink>))
        .add_systems(OnEnter(Screen::Title), leave);
}

fn start(world: &mut World) {
    let Some(net) = world.resource::<PendingNet>().0.lock().ok().and_then(|mut p| p.take()) else {
        return;
    };
    let proxy = world.get_resource::<bevy::winit::EventLoopProxyWrapper>();
    let link = match net {
        NetStart::Join(options) => Ok(connect(options, proxy)),
        NetStart::Host { session, options } => host(*session, options, proxy),
    };
    match link {
        Ok(link) => {
            world.insert_resource(link);
            world.resource_mut::<NextState<Screen>>().set(Screen::Net);
        }
        Err(e) => {
            eprintln!("{e}");
            world.write_message(AppExit::from_code(1));
        }
    }
}

/// Leaving for the title screen lets go of the seat (and stops a hosted exercise).
fn leave(mut commands: Commands, link: Option<Res<NetLink>>) {
    if link.is_some() {
        commands.remove_resource::<NetLink>();
        commands.remove_resource::<Game>();
    }
}

/// Takes the seat's messages: the view, the board built from it, notices.
fn pump(
    link: Option<ResMut<NetLink>>,
    game: Option<ResMut<Game>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    mut redraw: MessageWriter<RequestRedraw>,
    mut tick: Local<Option<Instant>>,
    (winit, shot): (Option<ResMut<WinitSettings>>, Option<Res<NetShot>>),
) {
    let Some(mut link) = link else { return };
    // A running countdown wakes the window once a second; without one it
    // sleeps until input or the host's traffic.
    let ticking = link.deadline.is_some() && !link.paused() && shot.is_none();
    let mode = if ticking {
        UpdateMode::reactive(Duration::from_secs(1))
    } else {
        WinitSettings::desktop_app().focused_mode
    };
    if let Some(mut winit) = winit.filter(|w| shot.is_none() && w.focused_mode != mode) {
        winit.focused_mode = mode;
    }
    let events: Vec<LinkEvent> = match link.from_seat.lock() {
        Ok(rx) => rx.try_iter().collect(),
        Err(_) => Vec::new(),
    };
    // A running countdown is redrawn once a second, not every frame.
    if link.deadline.is_some() && !link.paused() && tick.is_none_or(|t| t.elapsed() >= Duration::from_secs(1))
    {
        *tick = Some(Instant::now());
        redraw.write(RequestRedraw);
    }
    if events.is_empty() {
        return;
    }
    redraw.write(RequestRedraw);
    let l = link.lang;
    let mut notice = None;
    let mut changed = false;
    for e in events {
        let m = match e {
            LinkEvent::Message(m) => *m,
            LinkEvent::Ended(why) => {
                if !why.is_empty() {
                    link.ended = Some(why);
                }
                continue;
            }
        };
        match m {
            ToSeat::Welcome { seat, file, source, difficulty, translations, partner_ai } => {
                match SeatView::welcome(seat, &file, &source, difficulty, &translations, &partner_ai, l) {
                    Ok(v) => link.view = Some(v),
                    Err(e) => link.ended = Some(e),
                }
                changed = true;
            }
            ToSeat::Update(u) => {
                link.heard = Instant::now();
                link.deadline = u.countdown.map(|s| link.heard + Duration::from_secs(s));
                if let Some(v) = link.view.as_mut() {
                    v.apply(u);
                }
                changed = true;
            }
            ToSeat::Rejected { reason, .. } => {
                if let Some(v) = &link.view {
                    let why = crate::narrate::net::rejection(l, &v.scenario, &reason);
                    notice = Some(Notice { ok: false, text: tr!(l, "net-join-not-applied", why = why) });
                }
            }
            ToSeat::Refused(why) => {
                link.ended = Some(tr!(l, "net-join-refused", why = crate::narrate::net::refusal(l, &why)));
            }
        }
    }
    let Some(v) = link.view.as_ref() else { return };
    // A team's seat plays on the board, built afresh from the host's view;
    // the facilitator, the projector and observers watch the network screen.
    let Seat::Remote(n) = v.seat else {
        // The facilitator's console and the wall are drawn on the network
        // screen from a game built from this seat's view (net_console.rs).
        if changed {
            let mut fresh = Game::of(v.copy(), Mode::Workshop);
            fresh.net_seat = Some(v.seat);
            fresh.lang = l;
            fresh.notice = notice.or_else(|| game.as_ref().and_then(|g| g.notice.clone()));
            match game {
                Some(mut old) => *old = fresh,
                None => commands.insert_resource(fresh),
            }
        } else if let (Some(mut game), Some(n)) = (game, notice) {
            game.notice = Some(n);
        }
        if *screen.get() != Screen::Net {
            next.set(Screen::Net);
        }
        return;
    };
    if changed {
        let mut fresh = Game::of(v.copy(), Mode::Solo(n));
        fresh.net_seat = Some(v.seat);
        fresh.lang = l;
        if let Some(old) = game.as_deref() {
            fresh.draft = old.draft.clone();
            fresh.read_injects = old.read_injects.clone();
            fresh.read_injects.resize(v.scenario.def.injects.len(), false);
            fresh.log_nation = old.log_nation;
            fresh.notice = old.notice.clone();
        }
        fresh.notice = notice.or(fresh.notice);
        commands.insert_resource(fresh);
    } else if let (Some(mut game), Some(n)) = (game, notice) {
        game.notice = Some(n);
    }
    if !matches!(screen.get(), Screen::Board) {
        next.set(Screen::Board);
    }
}

/// The who-is-planning strip and, for a team, the live hotline line: panels
/// added to a networked board.
pub fn board_panels(root: &mut egui::Ui, link: &mut NetLink, l: Lang) {
    strip_panel(root, link, l);
    if matches!(link.view.as_ref().map(|v| v.seat), Some(Seat::Remote(_))) {
        egui::Panel::bottom("net_hotline")
            .resizable(false)
            .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(8.0))
            .show(root, |ui| hotline_line(ui, link, l));
    }
}

/// The strip across the top of every networked screen.
pub fn strip_panel(root: &mut egui::Ui, link: &NetLink, l: Lang) {
    let Some(text) = link.strip(l) else { return };
    egui::Panel::top("net_strip")
        .frame(egui::Frame::new().fill(theme::CARD).inner_margin(egui::Margin::symmetric(14, 6)))
        .show(root, |ui| {
            ui.horizontal(|ui| {
                // A team's seat by its nation's name in `l`, not its id.
                let nation = link.view.as_ref().and_then(|v| match v.seat {
                    Seat::Remote(n) => {
                        Some(v.scenario.text(l, crate::scenario::Text::NationShort(n)).to_string())
                    }
                    _ => None,
                });
                let seat = nation.unwrap_or_else(|| crate::narrate::net::seat(l, &link.claim));
                ui.label(egui::RichText::new(tr!(l, "app-net-seat", seat = seat)).color(theme::MUTED));
                ui.separator();
                ui.label(egui::RichText::new(text).size(17.0).strong().color(theme::TEXT));
            });
        });
}

/// This turn's hotline messages and, for a team on the line, a field to write one.
pub fn hotline_line(ui: &mut egui::Ui, link: &mut NetLink, l: Lang) {
    let Some(v) = link.view.as_ref() else { return };
    let open = link.hotline_open();
    let turn = v.state.turn;
    let said: Vec<String> = v
        .log
        .iter()
        .filter(|e| e.turn == turn && matches!(e.event, Event::HotlineMessage { .. }))
        .map(|e| crate::narrate::entry(l, &v.scenario, e))
        .collect();
    let (title, colour) = if open {
        (tr!(l, "app-net-hotline-open"), theme::HOTLINE_RED)
    } else {
        (tr!(l, "app-net-hotline-closed"), theme::MUTED)
    };
    ui.label(egui::RichText::new(title).strong().color(colour));
    for line in &said {
        ui.label(egui::RichText::new(line).size(16.0).color(theme::TEXT));
    }
    let Some(n) = v.seat.nation() else { return };
    if !open {
        return;
    }
    let nation = v.scenario.def.nations[n].id.clone();
    let mut send = false;
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut link.chat)
                .hint_text(tr!(l, "app-net-hotline-hint"))
                .desired_width(ui.available_width() - 120.0),
        );
        send |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        send |= ui.button(tr!(l, "app-net-hotline-send")).clicked();
    });
    if send && !link.chat.trim().is_empty() {
        let text = std::mem::take(&mut link.chat);
        link.send(ToHost::Decide(Decision::HotlineMessage { nation, text: text.trim().to_string() }));
    }
}

/// The window's launch with a host or a join: the title's language and the screenshot.
pub fn launch_for(lang: Lang, screenshot: Option<&NetShot>) -> super::Launch {
    let screenshot = screenshot.map(|s| s.path.clone());
    super::Launch { lang, screenshot, screen: "net".into(), ..Default::default() }
}

/// Inserts the screenshot resource for a networked window.
pub fn shot_resource(app: &mut App, screenshot: Option<NetShot>) {
    if let Some(shot) = screenshot {
        app.insert_resource(shot);
    }
}

/// The launch options say this is a networked window (no scripted screen).
pub fn networked(launch: &LaunchOptions) -> bool {
    launch.0.screen == "net"
}
