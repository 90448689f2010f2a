//! The app's wiring without a window (as Bevy's `tests/how_to_test_apps.rs`):
//! the real [`AppPlugin`] on `MinimalPlugins`, keys pressed as keyboard
//! messages and intents written as a panel writes them; the assertions are on
//! the exercise after the apply system ran.

use super::intent::Intent;
use super::overlay::Overlay;
use super::session::{Game, Launch, LaunchOptions, Mode};
use super::table::Table;
use super::{AppPlugin, Screen};
use crate::scenario::{ActionKindName, Scenario};
use crate::sim::{Decision, InvestArea};
use bevy::input::ButtonState;
use bevy::input::InputPlugin;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::window::RequestRedraw;
use std::sync::Arc;

pub(super) fn flagship() -> Arc<Scenario> {
    Arc::new(Scenario::load(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron")).unwrap())
}

/// The flagship scenario in a hot-seat workshop at seed 5 (the app's unit tests share it).
pub(super) fn flagship_game() -> Game {
    Game::new(flagship(), 5, Mode::Workshop)
}

/// The whole app plugin on `MinimalPlugins` (no window, no drawing), not yet updated.
pub(super) fn headless_app(launch: Launch) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, InputPlugin))
        .add_message::<RequestRedraw>()
        .insert_resource(LaunchOptions(launch))
        .add_plugins(AppPlugin);
    app
}

/// The whole app plugin, headless, on the board with `game`.
fn app_on_the_board(game: Game) -> App {
    let mut app = headless_app(Launch::default());
    app.update();
    app.insert_resource(game);
    app.world_mut().resource_mut::<NextState<Screen>>().set(Screen::Board);
    app.update();
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Board);
    app
}

fn press(app: &mut App, key: KeyCode, text: &str) {
    let window = Entity::PLACEHOLDER;
    let logical_key = Key::Character(text.into());
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut().write_message(KeyboardInput {
            key_code: key,
            logical_key: logical_key.clone(),
            state,
            text: None,
            repeat: false,
            window,
        });
        app.update();
    }
}

fn send(app: &mut App, intent: Intent) {
    app.world_mut().write_message(intent);
    app.update();
}

fn game(app: &App) -> &Game {
    app.world().resource::<Game>()
}

/// Reads the open inject cards with the keys: 1 picks the first option of a
/// card that asks for a choice, Space notes one that does not.
fn read_the_cards(app: &mut App) {
    for _ in 0..20 {
        let g = game(app);
        let Some(&top) = g.open_cards().first() else { return };
        if g.ex().state().injects[top].awaiting_choice {
            press(app, KeyCode::Digit1, "1");
        } else {
            press(app, KeyCode::Space, " ");
        }
    }
    panic!("the cards do not close");
}

/// Points the draft of the team at the desk at an investment it can afford.
fn draft_invest(app: &mut App) {
    let mut game = app.world_mut().resource_mut::<Game>();
    game.draft.family = ActionKindName::Invest;
    game.draft.area = InvestArea::ResearchAndDevelopment;
    game.draft.agency = None;
    game.pick_agency();
    let action = game.draft_action().expect("a complete draft");
    assert!(game.ex().check(&action).is_ok(), "the rules allow the drafted investment");
}

#[test]
fn the_hand_over_card_refuses_the_next_teams_moves_until_it_is_ready() {
    let mut app = app_on_the_board(Game::new(flagship(), 5, Mode::Workshop));
    read_the_cards(&mut app);
    let answered = game(&app).ex().decisions().len();
    // Space: the first team is done; the desk passes to the second team behind the card.
    press(&mut app, KeyCode::Space, " ");
    assert_eq!(app.world().resource::<Table>().handover, Some(1));
    assert_eq!(game(&app).acting, 1);
    draft_invest(&mut app);
    // Behind the card, the seat cannot act: nothing is submitted.
    send(&mut app, Intent::CommitDraft);
    press(&mut app, KeyCode::KeyH, "h");
    assert_eq!(game(&app).ex().decisions().len(), answered, "{:?}", game(&app).ex().decisions());
    // Space does not lift the card (only Enter or its button does).
    press(&mut app, KeyCode::Space, " ");
    assert_eq!(app.world().resource::<Table>().handover, Some(1));
    press(&mut app, KeyCode::Enter, "\r");
    assert_eq!(app.world().resource::<Table>().handover, None);
    // Ready: the same intent now goes through the door and is the desk's decision.
    send(&mut app, Intent::CommitDraft);
    let g = game(&app);
    assert_eq!(g.ex().decisions().len(), answered + 1, "notice: {:?}", g.notice.as_ref().map(|n| &n.text));
    let Decision::Act { action, .. } = &g.ex().decisions()[answered] else {
        panic!("{:?}", g.ex().decisions())
    };
    assert_eq!(action.nation, g.ex().scenario().def.nations[1].id);
}

#[test]
fn a_solo_learner_cannot_use_the_facilitators_console() {
    let s = flagship();
    let rok = s.nation_ix["rok"];
    let later =
        s.def.injects.iter().find(|d| !matches!(d.trigger, crate::scenario::Trigger::AtTurn(1))).unwrap();
    let fire = Decision::FireInject(later.id.clone());
    let mut app = app_on_the_board(Game::new(s.clone(), 5, Mode::Solo(rok)));
    send(&mut app, Intent::Facilitate(fire.clone()));
    send(&mut app, Intent::AdvanceTurn);
    let g = game(&app);
    assert!(g.ex().decisions().is_empty(), "refused: {:?}", g.ex().decisions());
    assert_eq!(g.ex().state().turn, 1);
    // The same intent from the workshop's facilitator goes through.
    let mut app = app_on_the_board(Game::new(s, 5, Mode::Workshop));
    send(&mut app, Intent::Facilitate(fire.clone()));
    assert_eq!(game(&app).ex().decisions(), vec![fire]);
}

#[test]
fn keys_open_and_close_overlays_and_refused_actions_say_why() {
    let mut app = app_on_the_board(Game::new(flagship(), 5, Mode::Solo(0)));
    press(&mut app, KeyCode::F1, "");
    assert_eq!(*app.world().resource::<Overlay>(), Overlay::Help);
    // With help open the board takes no keys: Space does not end the turn.
    press(&mut app, KeyCode::Space, " ");
    assert_eq!(game(&app).ex().state().turn, 1);
    press(&mut app, KeyCode::Escape, "");
    assert_eq!(*app.world().resource::<Overlay>(), Overlay::None);
    press(&mut app, KeyCode::KeyG, "g");
    assert_eq!(*app.world().resource::<Overlay>(), Overlay::Glossary);
    press(&mut app, KeyCode::KeyG, "g");
    assert_eq!(*app.world().resource::<Overlay>(), Overlay::None);
    // An incomplete draft is refused with a reason, and nothing is submitted.
    app.world_mut().resource_mut::<Game>().draft.agency = None;
    app.world_mut().resource_mut::<Game>().draft.family = ActionKindName::Harden;
    app.world_mut().resource_mut::<Game>().draft.asset = None;
    send(&mut app, Intent::CommitDraft);
    let g = game(&app);
    assert!(g.ex().decisions().is_empty());
    assert!(g.notice.as_ref().is_some_and(|n| !n.ok), "{:?}", g.notice);
    // Esc clears the notice, then asks to leave; Space ends the turn once nothing is open.
    press(&mut app, KeyCode::Escape, "");
    press(&mut app, KeyCode::Escape, "");
    assert_eq!(*app.world().resource::<Overlay>(), Overlay::Leave);
    press(&mut app, KeyCode::Escape, "");
    assert_eq!(*app.world().resource::<Overlay>(), Overlay::None);
    read_the_cards(&mut app);
    press(&mut app, KeyCode::Space, " ");
    assert_eq!(game(&app).ex().state().turn, 2, "Space ends the turn once the cards are read");
    assert!(game(&app).summary.is_some());
}

#[test]
fn a_scenario_named_relative_dotted_or_absolute_opens_like_the_listed_file() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let listed = super::session::catalog_files(None).len();
    let forms = [
        std::path::PathBuf::from("scenarios/us-rok-hotline.ron"),
        std::path::PathBuf::from("./scenarios/us-rok-hotline.ron"),
        root.join("scenarios/us-rok-hotline.ron"),
    ];
    for form in forms {
        let mut app = headless_app(Launch { scenario: Some(form.clone()), ..Launch::default() });
        app.update();
        app.update();
        // Straight to the mode choice with that scenario, listed once.
        assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Mode, "{}", form.display());
        let catalog = app.world().resource::<super::session::Catalog>();
        assert_eq!(catalog.entries.len(), listed, "{} is not listed twice", form.display());
        let chosen = catalog.chosen.as_ref().expect("the named scenario is chosen");
        assert_eq!(chosen.def.id, flagship().def.id);
    }
}

#[test]
fn f11_toggles_full_screen_on_the_focused_window_and_a_second_window_is_ours() {
    use bevy::window::{PrimaryWindow, WindowMode};
    let mut app = app_on_the_board(Game::new(flagship(), 3, Mode::Workshop));
    let main = app.world_mut().spawn((Window { focused: false, ..default() }, PrimaryWindow)).id();
    let projector = app.world_mut().spawn(Window { focused: true, ..default() }).id();
    app.update();
    let window = |app: &App, e: Entity| app.world().get::<Window>(e).unwrap().clone();
    assert_eq!(
        window(&app, projector).name.as_deref(),
        Some(super::window::APP_ID),
        "the desktop matches it"
    );
    press(&mut app, KeyCode::F11, "");
    assert!(matches!(window(&app, projector).mode, WindowMode::BorderlessFullscreen(_)));
    assert_eq!(window(&app, main).mode, WindowMode::Windowed, "only the focused window");
    press(&mut app, KeyCode::F11, "");
    assert_eq!(window(&app, projector).mode, WindowMode::Windowed, "F11 again: back to a window");
}

/// Writes `text` to `file` with a modification time later than any before
/// (file systems with coarse times would otherwise hide the change).
fn save_later(file: &std::path::Path, text: &str, step: u64) {
    std::fs::write(file, text).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(2 * step);
    std::fs::File::options().write(true).open(file).unwrap().set_modified(later).unwrap();
}

/// Frames enough for hot reload's 0.4 s poll to run, and the door after it.
fn poll_frames(app: &mut App) {
    for _ in 0..4 {
        app.update();
    }
}

#[test]
fn hot_reload_reads_an_edited_translation_and_keeps_the_last_good_one_when_it_breaks() {
    use crate::i18n::Lang;
    use crate::scenario::Text;
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let (ron, ko) = (dir.path().join("us-rok-hotline.ron"), dir.path().join("us-rok-hotline.ko.ron"));
    std::fs::copy(root.join("us-rok-hotline.ron"), &ron).unwrap();
    let overlay = std::fs::read_to_string(root.join("us-rok-hotline.ko.ron")).unwrap();
    std::fs::write(&ko, &overlay).unwrap();
    let s = Arc::new(Scenario::load(&ron).unwrap());
    assert_eq!(s.text(Lang::Ko, Text::Title), "크림슨 리저버: 핫라인");
    let mut app = app_on_the_board(Game::new(s, 5, Mode::Workshop));
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(std::time::Duration::from_millis(
        250,
    )));
    read_the_cards(&mut app);
    poll_frames(&mut app);
    let played = (game(&app).ex().decisions().to_vec(), game(&app).ex().state_hash());
    let title = |app: &App| game(app).ex().scenario().text(Lang::Ko, Text::Title).to_string();
    let error = |app: &App| app.world().resource::<super::hot_reload::Reloaded>().error.clone();

    // An edited translation is read into the running game: same game, new prose.
    save_later(&ko, &overlay.replace("ko: \"크림슨 리저버: 핫라인\"", "ko: \"크림슨 저수지: 핫라인\""), 1);
    poll_frames(&mut app);
    assert_eq!(title(&app), "크림슨 저수지: 핫라인");
    assert_eq!((game(&app).ex().decisions().to_vec(), game(&app).ex().state_hash()), played);
    assert!(error(&app).is_none(), "{:?}", error(&app));

    // A broken one shows its error at file:line:col and the last good prose stays.
    let broken = overlay.replace("title: (en: \"Crimson Reservoir: The Hotline\",", "title: (en: \"x\" ");
    save_later(&ko, &broken, 2);
    poll_frames(&mut app);
    let (file, diags) = error(&app).expect("the broken overlay is shown");
    assert_eq!(std::path::Path::new(&file), ko.as_path());
    let line = broken.lines().position(|l| l.contains("title: (en: \"x\"")).unwrap() + 1;
    assert!(diags.0.iter().any(|d| d.line == line && d.col > 1), "line {line}: {diags:?}");
    assert_eq!(title(&app), "크림슨 저수지: 핫라인", "the last good translation stays");
    assert!(app.world().resource::<super::hot_reload::Reloaded>().offer.is_none(), "no new game offered");

    // Fixed: read again, and the error is gone.
    save_later(&ko, &overlay, 3);
    poll_frames(&mut app);
    assert_eq!(title(&app), "크림슨 리저버: 핫라인");
    assert!(error(&app).is_none(), "{:?}", error(&app));
    assert_eq!(game(&app).ex().state_hash(), played.1);
}
