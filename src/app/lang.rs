//! The languages of the app: one for the screens before the board (chosen on
//! the title screen, remembered in `settings.ron` by [`super::window`]), one per team's desk in a
//! workshop, and the projector's (one language, or both side by side for the
//! interpreter). The words themselves are Fluent messages
//! (`assets/i18n/<lang>/app-*.ftl`, [`crate::i18n`]).

use super::AppSystems;
use super::intent::Intent;
use super::session::{Game, Launch, Mode};
use crate::i18n::Lang;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    // `run` chose them from the command line; a test app starts in English.
    if !app.world().contains_resource::<Languages>() {
        app.insert_resource(Languages::new(Lang::En));
    }
    app.add_systems(Update, apply_language.in_set(AppSystems::Apply))
        .add_systems(Update, desk_language.in_set(AppSystems::RecordInput));
}

/// The door writes its notices in the language of the desk they are for.
fn desk_language(langs: Res<Languages>, game: Option<ResMut<Game>>) {
    if let Some(mut game) = game {
        let l = langs.desk(&game);
        if game.lang != l {
            game.lang = l;
        }
    }
}

/// The language intents of the board (the hand-over card).
fn apply_language(mut intents: MessageReader<Intent>, mut langs: ResMut<Languages>) {
    for intent in intents.read() {
        if let Intent::DeskLanguage { team, lang } = *intent {
            if langs.desks.len() <= team {
                langs.desks.resize(team + 1, None);
            }
            langs.desks[team] = Some(lang);
        }
    }
}

/// What the projector shows the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectorLang {
    One(Lang),
    /// Both languages side by side, for the interpreter.
    Both,
}

/// Every language in use.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct Languages {
    /// Title, picker, mode choice, debrief, and the desk of a team that has not chosen.
    pub ui: Lang,
    /// Each nation's desk in a workshop (index = nation); `None` follows `ui`.
    pub desks: Vec<Option<Lang>>,
    pub projector: ProjectorLang,
}

impl Languages {
    pub fn new(ui: Lang) -> Languages {
        Languages { ui, desks: Vec::new(), projector: ProjectorLang::One(ui) }
    }

    /// The language of the board as the team at the desk reads it.
    pub fn desk(&self, game: &Game) -> Lang {
        match game.mode {
            Mode::Workshop => self.team(game.acting),
            Mode::Solo(_) => self.ui,
        }
    }

    /// The language of `team`'s desk in a workshop.
    pub fn team(&self, team: usize) -> Lang {
        self.desks.get(team).copied().flatten().unwrap_or(self.ui)
    }

    /// Sets the app's language (the projector follows unless set apart).
    pub fn set_ui(&mut self, lang: Lang) {
        if let ProjectorLang::One(p) = &mut self.projector
            && *p == self.ui
        {
            *p = lang;
        }
        self.ui = lang;
    }

    /// The languages the projector shows, in the order of its columns.
    pub fn projector_langs(&self) -> Vec<Lang> {
        match self.projector {
            ProjectorLang::One(l) => vec![l],
            // The app's language first: the clock and the board follow it.
            ProjectorLang::Both => {
                let mut all = Lang::ALL.to_vec();
                all.sort_by_key(|&l| l != self.ui);
                all
            }
        }
    }
}

/// The language the command line resolved ([`Launch::lang`]);
/// `--screen projector-both` shows both on the projector.
pub fn initial(launch: &Launch) -> Languages {
    let mut langs = Languages::new(launch.lang);
    if launch.screen == "projector-both" {
        langs.projector = ProjectorLang::Both;
    }
    langs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_projector_follows_the_app_until_set_apart() {
        let mut l = Languages::new(Lang::En);
        l.set_ui(Lang::Ko);
        assert_eq!(l.projector_langs(), vec![Lang::Ko]);
        l.projector = ProjectorLang::Both;
        l.set_ui(Lang::En);
        assert_eq!(l.projector_langs(), vec![Lang::En, Lang::Ko]);
        l.set_ui(Lang::Ko);
        assert_eq!(l.projector_langs(), vec![Lang::Ko, Lang::En], "the app's language first");
    }
}
