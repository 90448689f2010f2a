//! The one key map: every keyboard shortcut of the app, read once per frame
//! into [`Keys`], and the table the help overlay prints. What a key does in
//! context (Esc closes the top overlay, Space ends the turn or notes a card)
//! is decided by the apply system ([`super::intent`]) and the screens.

use super::AppSystems;
use crate::i18n::Lang;
use crate::tr;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy_egui::input::EguiWantsInput;

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Space or Enter: continue, end the turn, close the summary, note a card.
    Continue,
    /// Enter only: the team at the desk is ready (hand-over card).
    Ready,
    /// Esc: close an overlay, or go back.
    Back,
    Hotline,
    ToggleLog,
    Console,
    Projector,
    ProjectorWindow,
    /// F11: full screen for the focused window, and back.
    FullScreen,
    Reload,
    Glossary,
    Help,
    /// Hot reload: restart with the new version of the scenario file.
    Restart,
    /// Hot reload: keep playing (dismiss the banner or the error).
    Keep,
    /// Pick option n (0-based) on an inject card.
    Choose(u8),
    ZoomIn,
    ZoomOut,
    ZoomReset,
}

/// How a key is pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Press {
    /// The key alone (not while a text field has the keyboard).
    Plain(KeyCode),
    /// The key with Ctrl (or Cmd).
    Ctrl(KeyCode),
    /// A typed character, whatever keys make it on this layout (`?`).
    Char(&'static str),
}

/// One line of the key map: the keys, how the help names them, what they do.
pub struct Binding {
    pub command: Command,
    pub keys: &'static [Press],
    /// The keys as the help overlay shows them.
    pub label: &'static str,
    /// What they do, in the reader's language.
    pub what: fn(Lang) -> String,
}

use Press::{Char, Ctrl, Plain};

/// Every shortcut, in the order the help lists them.
pub const KEYMAP: &[Binding] = &[
    Binding {
        command: Command::Continue,
        keys: &[Plain(KeyCode::Space), Plain(KeyCode::Enter), Plain(KeyCode::NumpadEnter)],
        label: "Space / Enter",
        what: |l| tr!(l, "app-key-continue"),
    },
    Binding {
        command: Command::Ready,
        keys: &[Plain(KeyCode::Enter), Plain(KeyCode::NumpadEnter)],
        label: "Enter",
        what: |l| tr!(l, "app-key-ready"),
    },
    Binding {
        command: Command::Hotline,
        keys: &[Plain(KeyCode::KeyH)],
        label: "H",
        what: |l| tr!(l, "app-key-hotline"),
    },
    Binding {
        command: Command::ToggleLog,
        keys: &[Plain(KeyCode::KeyL)],
        label: "L",
        what: |l| tr!(l, "app-key-log"),
    },
    Binding {
        command: Command::Console,
        keys: &[Plain(KeyCode::F2), Plain(KeyCode::KeyM)],
        label: "F2 / M",
        what: |l| tr!(l, "app-key-console"),
    },
    Binding {
        command: Command::ProjectorWindow,
        keys: &[Plain(KeyCode::F4)],
        label: "F4",
        what: |l| tr!(l, "app-key-projector-window"),
    },
    Binding {
        command: Command::FullScreen,
        keys: &[Plain(KeyCode::F11)],
        label: "F11",
        what: |l| tr!(l, "app-key-fullscreen"),
    },
    Binding {
        command: Command::Projector,
        keys: &[Plain(KeyCode::F3)],
        label: "F3",
        what: |l| tr!(l, "app-key-projector"),
    },
    Binding {
        command: Command::Choose(0),
        keys: &[Plain(KeyCode::Digit1), Plain(KeyCode::Numpad1)],
        label: "1 … 5",
        what: |l| tr!(l, "app-key-choose"),
    },
    Binding {
        command: Command::Choose(1),
        keys: &[Plain(KeyCode::Digit2), Plain(KeyCode::Numpad2)],
        label: "",
        what: |_| String::new(),
    },
    Binding {
        command: Command::Choose(2),
        keys: &[Plain(KeyCode::Digit3), Plain(KeyCode::Numpad3)],
        label: "",
        what: |_| String::new(),
    },
    Binding {
        command: Command::Choose(3),
        keys: &[Plain(KeyCode::Digit4), Plain(KeyCode::Numpad4)],
        label: "",
        what: |_| String::new(),
    },
    Binding {
        command: Command::Choose(4),
        keys: &[Plain(KeyCode::Digit5), Plain(KeyCode::Numpad5)],
        label: "",
        what: |_| String::new(),
    },
    Binding {
        command: Command::Reload,
        keys: &[Plain(KeyCode::F5)],
        label: "F5",
        what: |l| tr!(l, "app-key-reload"),
    },
    Binding {
        command: Command::Glossary,
        keys: &[Plain(KeyCode::KeyG)],
        label: "G",
        what: |l| tr!(l, "app-key-glossary"),
    },
    Binding {
        command: Command::Restart,
        keys: &[Plain(KeyCode::KeyR)],
        label: "R / K",
        what: |l| tr!(l, "app-key-restart"),
    },
    Binding { command: Command::Keep, keys: &[Plain(KeyCode::KeyK)], label: "", what: |_| String::new() },
    Binding {
        command: Command::Help,
        keys: &[Plain(KeyCode::F1), Char("?")],
        label: "F1 / ?",
        what: |l| tr!(l, "app-key-help"),
    },
    Binding {
        command: Command::Back,
        keys: &[Plain(KeyCode::Escape)],
        label: "Esc",
        what: |l| tr!(l, "app-key-back"),
    },
    Binding {
        command: Command::ZoomIn,
        keys: &[Ctrl(KeyCode::Equal), Ctrl(KeyCode::NumpadAdd)],
        label: "Ctrl + / Ctrl − / Ctrl 0",
        what: |l| tr!(l, "app-key-zoom"),
    },
    Binding {
        command: Command::ZoomOut,
        keys: &[Ctrl(KeyCode::Minus), Ctrl(KeyCode::NumpadSubtract)],
        label: "",
        what: |_| String::new(),
    },
    Binding {
        command: Command::ZoomReset,
        keys: &[Ctrl(KeyCode::Digit0), Ctrl(KeyCode::Numpad0)],
        label: "",
        what: |_| String::new(),
    },
];

/// The lines of the help's key table (bindings that share a line are listed once).
pub fn help_lines(l: Lang) -> impl Iterator<Item = (&'static str, String)> {
    KEYMAP.iter().filter(|b| !b.label.is_empty()).map(move |b| (b.label, (b.what)(l)))
}

/// The commands pressed this frame (refreshed by [`read_keys`]).
#[derive(Resource, Debug, Default, Clone)]
pub struct Keys(pub Vec<Command>);

impl Keys {
    pub fn pressed(&self, c: Command) -> bool {
        self.0.contains(&c)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Keys>().add_systems(Update, read_keys.in_set(AppSystems::RecordInput));
}

/// Which commands the keys pressed this frame make. Esc and Ctrl combinations
/// work while a text field has the keyboard; plain keys do not (they are text).
pub fn commands(just_pressed: &[KeyCode], chars: &[&str], ctrl: bool, typing: bool) -> Vec<Command> {
    let mut out = Vec::new();
    for b in KEYMAP {
        let hit = b.keys.iter().any(|p| match *p {
            Plain(k) => !ctrl && just_pressed.contains(&k) && (!typing || k == KeyCode::Escape),
            Ctrl(k) => ctrl && just_pressed.contains(&k),
            Char(c) => !ctrl && !typing && chars.contains(&c),
        });
        if hit && !out.contains(&b.command) {
            out.push(b.command);
        }
    }
    out
}

fn read_keys(
    mut keys: ResMut<Keys>,
    input: Option<Res<ButtonInput<KeyCode>>>,
    mut typed: MessageReader<KeyboardInput>,
    wants: Option<Res<EguiWantsInput>>,
) {
    let chars: Vec<String> = typed
        .read()
        .filter(|k| k.state.is_pressed())
        .filter_map(|k| match &k.logical_key {
            Key::Character(c) => Some(c.to_string()),
            _ => None,
        })
        .collect();
    let chars: Vec<&str> = chars.iter().map(String::as_str).collect();
    let Some(input) = input else {
        keys.0.clear();
        return;
    };
    let pressed: Vec<KeyCode> = input.get_just_pressed().copied().collect();
    let ctrl = input.any_pressed([
        KeyCode::ControlLeft,
        KeyCode::ControlRight,
        KeyCode::SuperLeft,
        KeyCode::SuperRight,
    ]);
    let typing = wants.is_some_and(|w| w.wants_keyboard_input());
    keys.0 = commands(&pressed, &chars, ctrl, typing);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_make_commands() {
        let c = |k: &[KeyCode], ctrl, typing| commands(k, &[], ctrl, typing);
        assert_eq!(c(&[KeyCode::KeyH], false, false), vec![Command::Hotline]);
        assert_eq!(c(&[KeyCode::Enter], false, false), vec![Command::Continue, Command::Ready]);
        assert_eq!(c(&[KeyCode::Space], false, false), vec![Command::Continue]);
        // Typing in a text field: letters are text, Esc still closes.
        assert!(c(&[KeyCode::KeyH], false, true).is_empty());
        assert_eq!(c(&[KeyCode::Escape], false, true), vec![Command::Back]);
        // Ctrl + is zoom, not a plain key.
        assert_eq!(c(&[KeyCode::Equal], true, false), vec![Command::ZoomIn]);
        assert!(c(&[KeyCode::KeyH], true, false).is_empty());
        assert_eq!(c(&[KeyCode::Digit3], false, false), vec![Command::Choose(2)]);
        assert_eq!(commands(&[], &["?"], false, false), vec![Command::Help]);
        assert_eq!(c(&[KeyCode::F11], false, false), vec![Command::FullScreen]);
    }

    #[test]
    fn no_key_is_bound_twice_and_help_lists_every_command() {
        let mut seen: Vec<Press> = Vec::new();
        for b in KEYMAP {
            for p in b.keys {
                // Enter is both Continue and Ready on purpose (Space is not Ready).
                let enter = matches!(p, Plain(KeyCode::Enter | KeyCode::NumpadEnter));
                assert!(enter || !seen.contains(p), "{p:?} bound twice");
                seen.push(*p);
            }
        }
        assert!(help_lines(Lang::En).count() >= 14);
        assert!(help_lines(Lang::En).any(|(k, _)| k == "F1 / ?"));
        assert!(help_lines(Lang::En).any(|(k, _)| k == "F11"));
        assert!(help_lines(Lang::Ko).all(|(_, what)| !what.is_empty()));
    }
}
