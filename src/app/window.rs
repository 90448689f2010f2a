//! The windows as a desktop app has them, and what the app remembers.
//!
//! - Every window carries the app id `hotline`, which the desktop entry
//!   (`assets/linux/hotline.desktop`, `StartupWMClass`) matches.
//! - The first window fits a 1366×768 laptop screen (1280×720, or the size
//!   remembered), and shrinks to the monitor if a remembered size is larger.
//! - F11 (the key map's [`Command::FullScreen`]) toggles full screen for the
//!   focused window: the main one or the projector.
//! - A second window (the projector) opens on a second monitor when there is one.
//! - The settings ([`crate::settings`]: UI scale, countdown, window size, reports
//!   folder) are read at start and written when one changes. Screenshot runs
//!   neither read nor write them, so CI never touches a user's file.

use super::AppSystems;
use super::input::{Command, Keys};
use super::table::Table;
use super::theme::UiScale;
use crate::settings::Settings;
use bevy::prelude::*;
use bevy::window::{
    Monitor, MonitorSelection, OnMonitor, PrimaryMonitor, PrimaryWindow, WindowMode, WindowPosition,
    WindowResolution,
};

/// The window's app id (X11 `WM_CLASS`, Wayland app id) = the desktop entry's name.
pub const APP_ID: &str = "hotline";
/// The first window: fits 1366×768 with room for panels and a task bar.
pub const FIRST_SIZE: (u32, u32) = (1280, 720);
/// Screenshots (CI, the README's pictures) are taken at this size.
const SCREENSHOT_SIZE: (u32, u32) = (1920, 1080);
/// Settings are written at most this often while a value keeps changing (a window drag).
const WRITE_EVERY_SECONDS: f64 = 0.5;

/// The settings, and whether this run may write them.
#[derive(Resource, Debug, Clone)]
pub struct UserSettings {
    pub settings: Settings,
    /// False in screenshot runs and tests, and when the file did not parse
    /// (it is left for the user to fix).
    pub writable: bool,
    written: Settings,
    last_write: f64,
}

impl UserSettings {
    pub fn new(settings: Settings, writable: bool) -> Self {
        UserSettings { written: settings.clone(), settings, writable, last_write: f64::MIN }
    }
}

impl Default for UserSettings {
    /// The defaults, never written (an app built without [`load_settings`], as in tests).
    fn default() -> Self {
        UserSettings::new(Settings::default(), false)
    }
}

/// The settings file, when this run uses it: loaded, or the defaults with a
/// warning in `l` on the terminal.
pub fn load_settings(screenshot: bool, l: crate::i18n::Lang) -> UserSettings {
    if screenshot {
        return UserSettings::default();
    }
    let path = Settings::path();
    let (settings, problem) = Settings::load(&path);
    if let Some(d) = &problem {
        eprintln!("{}", crate::tr!(l, "app-settings-not-used", problem = d.render(l)));
    }
    UserSettings::new(settings, problem.is_none())
}

/// Bevy's window plugin as Hotline opens it: the title, the app id, centred
/// on the primary monitor, at [`window_size`].
pub fn window_plugin(screenshot: bool, user: &UserSettings, title: String) -> WindowPlugin {
    let (width, height) = window_size(screenshot, user.settings.window);
    WindowPlugin {
        primary_window: Some(Window {
            title,
            name: Some(APP_ID.into()),
            position: WindowPosition::Centered(MonitorSelection::Primary),
            resolution: WindowResolution::new(width, height).with_scale_factor_override(1.0),
            ..default()
        }),
        ..default()
    }
}

/// Window size: `HOTLINE_WINDOW=WxH` (to check a layout), else 1920×1080 for
/// screenshots, else the remembered size, else one that fits a 1366×768 laptop.
fn window_size(screenshot: bool, remembered: Option<(u32, u32)>) -> (u32, u32) {
    let asked = std::env::var("HOTLINE_WINDOW").ok();
    size_from(asked.as_deref(), screenshot, remembered)
}

fn size_from(asked: Option<&str>, screenshot: bool, remembered: Option<(u32, u32)>) -> (u32, u32) {
    asked
        .and_then(|v| {
            let (w, h) = v.split_once('x')?;
            Some((w.trim().parse().ok()?, h.trim().parse().ok()?))
        })
        .filter(|&(w, h): &(u32, u32)| w >= 640 && h >= 480)
        .or(if screenshot { Some(SCREENSHOT_SIZE) } else { remembered })
        .unwrap_or(FIRST_SIZE)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<UserSettings>()
        .add_systems(Startup, apply_settings)
        .add_systems(
            Update,
            (toggle_fullscreen, fit_to_monitor, remember_settings).chain().in_set(AppSystems::Update),
        )
        .add_systems(Last, write_on_exit)
        .add_observer(place_new_window);
}

fn apply_settings(user: Res<UserSettings>, mut scale: ResMut<UiScale>, mut table: ResMut<Table>) {
    scale.user = user.settings.ui_scale;
    if user.settings.countdown_minutes != table.countdown_minutes {
        table.set_countdown(user.settings.countdown_minutes);
    }
}

/// F11: full screen on the focused window's monitor, or back to a window
/// (the main window when none has the focus).
fn toggle_fullscreen(keys: Res<Keys>, mut windows: Query<(&mut Window, Has<PrimaryWindow>)>) {
    if !keys.pressed(Command::FullScreen) {
        return;
    }
    let any_focused = windows.iter().any(|(w, _)| w.focused);
    let Some((mut window, _)) =
        windows.iter_mut().find(|(w, primary)| if any_focused { w.focused } else { *primary })
    else {
        return;
    };
    window.mode = match window.mode {
        WindowMode::Windowed => WindowMode::BorderlessFullscreen(MonitorSelection::Current),
        _ => WindowMode::Windowed,
    };
}

/// A new window other than the first (the projector): the app id, and a
/// second monitor when there is one (the facilitator then presses F11 there).
fn place_new_window(
    add: On<Add, Window>,
    mut windows: Query<&mut Window, Without<PrimaryWindow>>,
    monitors: Query<Entity, (With<Monitor>, Without<PrimaryMonitor>)>,
) {
    let Ok(mut window) = windows.get_mut(add.entity) else { return };
    window.name.get_or_insert_with(|| APP_ID.into());
    if let Some(second) = monitors.iter().next() {
        window.position = WindowPosition::Centered(MonitorSelection::Entity(second));
    }
}

/// Once the main window knows its monitor: a remembered size larger than the
/// monitor shrinks to fit (the laptop without the office screen).
fn fit_to_monitor(
    mut primary: Single<(&mut Window, &OnMonitor), With<PrimaryWindow>>,
    monitors: Query<&Monitor>,
    user: Res<UserSettings>,
    mut done: Local<bool>,
) {
    if *done || !user.writable {
        return;
    }
    *done = true;
    let Ok(monitor) = monitors.get(primary.1.0) else { return };
    let window = &mut primary.0;
    let (w, h) = (monitor.physical_width as f32 * 0.95, monitor.physical_height as f32 * 0.9);
    if window.resolution.physical_width() as f32 > w || window.resolution.physical_height() as f32 > h {
        let scale = window.resolution.scale_factor();
        let (lw, lh) = (window.width().min(w / scale), window.height().min(h / scale));
        window.resolution.set(lw, lh);
    }
}

/// The settings as the app has them now.
fn current(user: &UserSettings, scale: &UiScale, table: &Table, window: &Window) -> Settings {
    let mut s = user.settings.clone();
    s.ui_scale = scale.user;
    s.countdown_minutes = table.countdown_minutes;
    if window.mode == WindowMode::Windowed {
        s.window = Some((window.width().round() as u32, window.height().round() as u32));
    }
    s
}

fn remember_settings(
    mut user: ResMut<UserSettings>,
    scale: Res<UiScale>,
    table: Res<Table>,
    window: Single<&Window, With<PrimaryWindow>>,
    time: Res<Time<Real>>,
) {
    let now = current(&user, &scale, &table, &window);
    if now != user.settings {
        user.settings = now;
    }
    let t = time.elapsed_secs_f64();
    if user.writable && user.settings != user.written && t - user.last_write >= WRITE_EVERY_SECONDS {
        write(&mut user);
        user.last_write = t;
    }
}

fn write_on_exit(mut exit: MessageReader<AppExit>, mut user: ResMut<UserSettings>) {
    if exit.read().next().is_some() && user.writable && user.settings != user.written {
        write(&mut user);
    }
}

fn write(user: &mut UserSettings) {
    let path = Settings::path();
    match user.settings.write(&path) {
        Ok(()) => user.written = user.settings.clone(),
        Err(e) => {
            // Once: a read-only config folder must not print every frame.
            warn!("cannot write {}: {e}; settings are not remembered", path.display());
            user.writable = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_window_fits_a_laptop_and_a_remembered_size_is_kept() {
        assert_eq!(size_from(None, false, None), FIRST_SIZE);
        assert!(FIRST_SIZE.0 <= 1366 && FIRST_SIZE.1 <= 768 - 40, "room for a task bar");
        assert_eq!(size_from(None, false, Some((1600, 900))), (1600, 900));
        assert_eq!(size_from(None, true, Some((1600, 900))), SCREENSHOT_SIZE, "screenshots ignore it");
        assert_eq!(size_from(Some("1280x800"), true, None), (1280, 800));
        assert_eq!(size_from(Some("10x10"), false, None), FIRST_SIZE, "too small: ignored");
        assert_eq!(size_from(Some("wide"), false, Some((1400, 800))), (1400, 800));
    }

    #[test]
    fn settings_follow_the_app_and_only_a_window_size_is_remembered() {
        let user = UserSettings::default();
        let scale = UiScale { user: 1.3 };
        let table = Table { countdown_minutes: 5, ..Table::default() };
        let mut window = Window { resolution: WindowResolution::new(1400, 820), ..default() };
        let s = current(&user, &scale, &table, &window);
        assert_eq!((s.ui_scale, s.countdown_minutes, s.window), (1.3, 5, Some((1400, 820))));
        // Full screen is not a size to open the next time with.
        window.mode = WindowMode::BorderlessFullscreen(MonitorSelection::Current);
        assert_eq!(current(&user, &scale, &table, &window).window, None);
    }
}
