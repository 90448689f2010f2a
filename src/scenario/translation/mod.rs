//! A scenario's prose in another language: an optional overlay file
//! `NAME.ko.ron` beside `NAME.ron`, keyed by the scenario's own ids, each
//! entry holding the translated text and the English it was made from
//! (docs/scenario-format.md, "Translations").
//!
//! The rules never read prose; the narrator, the reports and the app ask
//! [`Scenario::text`] for it in the reader's language and get English where
//! the overlay has no entry. `validate` lints an overlay ([`lint`]): an
//! entry that is missing, or stale because the English changed after it was
//! translated, is named by file:line:col.

mod lint;
mod overlay;

pub use lint::lint;

use super::Scenario;
use super::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One piece of prose of a scenario, named by the indices the rules use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Text {
    Title,
    Summary,
    /// The leaders' hotline channel (`hotline_name`).
    HotlineName,
    /// A nation's `name`.
    Nation(usize),
    /// A nation's `short` ("US", "ROK").
    NationShort(usize),
    Agency {
        nation: usize,
        agency: usize,
    },
    ThirdState(usize),
    Asset(usize),
    Actor(usize),
    Incident(usize),
    /// The name of a stage of an incident.
    Stage {
        incident: usize,
        stage: usize,
    },
    InjectTitle(usize),
    /// Who sends the inject in the story (`from`).
    InjectFrom(usize),
    InjectText(usize),
    Question {
        inject: usize,
        question: usize,
    },
    /// A choice's `label`.
    Choice {
        inject: usize,
        choice: usize,
    },
    ExpectedAction(usize),
    /// An objective's `text`.
    Objective(usize),
}

impl Text {
    /// The scenario section the text is in (as the file names it).
    pub fn section(self) -> &'static str {
        use Text as T;
        match self {
            T::Title => "title",
            T::Summary => "summary",
            T::HotlineName => "hotline_name",
            T::Nation(_) | T::NationShort(_) | T::Agency { .. } => "nations",
            T::ThirdState(_) => "third_states",
            T::Asset(_) => "assets",
            T::Actor(_) => "actors",
            T::Incident(_) | T::Stage { .. } => "incidents",
            T::InjectTitle(_)
            | T::InjectFrom(_)
            | T::InjectText(_)
            | T::Question { .. }
            | T::Choice { .. }
            | T::ExpectedAction(_) => "injects",
            T::Objective(_) => "objectives",
        }
    }

    /// The element the text belongs to, as the first text of that element
    /// (an inject's texts all belong to its title, an agency is its own).
    pub(crate) fn element(self) -> Text {
        use Text as T;
        match self {
            T::NationShort(n) => T::Nation(n),
            T::Stage { incident, .. } => T::Incident(incident),
            T::InjectFrom(i)
            | T::InjectText(i)
            | T::Question { inject: i, .. }
            | T::Choice { inject: i, .. }
            | T::ExpectedAction(i) => T::InjectTitle(i),
            other => other,
        }
    }
}

/// One translated text and the English it was translated from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// The English as it read when the translation was made.
    pub en: String,
    /// The translation.
    pub text: String,
    /// Line and column of its `en:` in the overlay (where a stale entry is reported).
    pub at: (usize, usize),
}

/// A scenario's prose in one language, read from its overlay file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translation {
    /// The overlay file, as diagnostics name it.
    pub file: String,
    pub texts: BTreeMap<Text, Translated>,
    /// The elements the overlay has an entry for ([`Text::element`]).
    pub elements: BTreeSet<Text>,
    /// The sections the overlay gives: each must be complete, a section left
    /// out stays in English on purpose (title and summary are always due).
    pub sections: BTreeSet<&'static str>,
    /// Problems reading the overlay; an overlay with errors gives no text.
    pub diagnostics: Vec<Diagnostic>,
}

impl Translation {
    /// Texts of `s` with English that this translation lacks (whatever its sections).
    pub fn missing(&self, s: &Scenario) -> Vec<Text> {
        s.texts()
            .into_iter()
            .filter(|&t| s.english(t).is_some_and(|e| !e.trim().is_empty()) && !self.texts.contains_key(&t))
            .collect()
    }

    /// Texts whose English changed after they were translated.
    pub fn stale(&self, s: &Scenario) -> Vec<Text> {
        self.texts.iter().filter(|(t, tr)| s.english(**t) != Some(tr.en.as_str())).map(|(t, _)| *t).collect()
    }
}

/// The overlay of `scenario` in `lang`: `dir/NAME.ko.ron` for `dir/NAME.ron`.
pub fn overlay_path(scenario: &Path, lang: Lang) -> PathBuf {
    let stem = scenario.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    scenario.with_file_name(format!("{stem}.{}.ron", lang.code()))
}

/// Whether `path` is an overlay (`NAME.ko.ron`) rather than a scenario, and of which language.
pub fn overlay_lang(path: &Path) -> Option<Lang> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".ron")?;
    let (base, code) = stem.rsplit_once('.')?;
    if base.is_empty() {
        return None;
    }
    Lang::ALL.into_iter().find(|l| *l != Lang::En && l.code() == code)
}

/// The scenario an overlay belongs to: `dir/NAME.ron` for `dir/NAME.ko.ron`.
pub fn scenario_of_overlay(path: &Path) -> Option<PathBuf> {
    let lang = overlay_lang(path)?;
    let name = path.file_name()?.to_str()?;
    let base = name.strip_suffix(&format!(".{}.ron", lang.code()))?;
    Some(path.with_file_name(format!("{base}.ron")))
}

impl Scenario {
    /// A piece of the scenario's prose in `lang`: the overlay's text when it
    /// has one, else the English (a text the scenario lacks reads "").
    pub fn text(&self, lang: Lang, t: Text) -> &str {
        self.translations
            .get(&lang)
            .and_then(|tr| tr.texts.get(&t))
            .map(|tr| tr.text.as_str())
            .or_else(|| self.english(t))
            .unwrap_or("")
    }

    /// The name of the leaders' hotline channel in `lang`, as a sentence
    /// reads it before "hotline" ("White House–Blue House" hotline call):
    /// the scenario's `hotline_name` (its overlay's in `lang`), else the
    /// leaders' hotline of the messages.
    pub fn hotline_name(&self, lang: Lang) -> String {
        match self.def.hotline_name {
            Some(_) => self.text(lang, Text::HotlineName).to_string(),
            None => crate::tr!(lang, "hotline-channel-default"),
        }
    }

    /// The English of a text, as the scenario file has it (`None`: no such text).
    pub fn english(&self, t: Text) -> Option<&str> {
        let d = &self.def;
        use Text as T;
        Some(match t {
            T::Title => &d.title,
            T::Summary => &d.summary,
            T::HotlineName => d.hotline_name.as_deref()?,
            T::Nation(n) => &d.nations.get(n)?.name,
            T::NationShort(n) => &d.nations.get(n)?.short,
            T::Agency { nation, agency } => &d.nations.get(nation)?.agencies.get(agency)?.name,
            T::ThirdState(i) => &d.third_states.get(i)?.name,
            T::Asset(i) => &d.assets.get(i)?.name,
            T::Actor(i) => &d.actors.get(i)?.name,
            T::Incident(i) => &d.incidents.get(i)?.name,
            T::Stage { incident, stage } => &d.incidents.get(incident)?.stages.get(stage)?.name,
            T::InjectTitle(i) => &d.injects.get(i)?.title,
            T::InjectFrom(i) => &d.injects.get(i)?.from,
            T::InjectText(i) => &d.injects.get(i)?.text,
            T::Question { inject, question } => d.injects.get(inject)?.questions.get(question)?,
            T::Choice { inject, choice } => &d.injects.get(inject)?.choices.get(choice)?.label,
            T::ExpectedAction(i) => &d.injects.get(i)?.expected_action,
            T::Objective(i) => &d.objectives.get(i)?.text,
        })
    }

    /// Every text of the scenario, in file order (empty English included).
    pub fn texts(&self) -> Vec<Text> {
        let d = &self.def;
        let mut out = vec![Text::Title, Text::Summary];
        if d.hotline_name.is_some() {
            out.push(Text::HotlineName);
        }
        for (n, nation) in d.nations.iter().enumerate() {
            out.extend([Text::Nation(n), Text::NationShort(n)]);
            out.extend((0..nation.agencies.len()).map(|agency| Text::Agency { nation: n, agency }));
        }
        out.extend((0..d.third_states.len()).map(Text::ThirdState));
        out.extend((0..d.assets.len()).map(Text::Asset));
        out.extend((0..d.actors.len()).map(Text::Actor));
        for (i, inc) in d.incidents.iter().enumerate() {
            out.push(Text::Incident(i));
            out.extend((0..inc.stages.len()).map(|stage| Text::Stage { incident: i, stage }));
        }
        for (i, inj) in d.injects.iter().enumerate() {
            out.extend([Text::InjectTitle(i), Text::InjectFrom(i), Text::InjectText(i)]);
            out.extend((0..inj.questions.len()).map(|question| Text::Question { inject: i, question }));
            out.extend((0..inj.choices.len()).map(|choice| Text::Choice { inject: i, choice }));
            out.push(Text::ExpectedAction(i));
        }
        out.extend((0..d.objectives.len()).map(Text::Objective));
        out
    }

    /// The translation into `lang`, if an overlay was found.
    pub fn translation(&self, lang: Lang) -> Option<&Translation> {
        self.translations.get(&lang)
    }

    /// Reads an overlay's text (`file` names it in diagnostics, written in
    /// `ui`) as this scenario's translation into `lang`, replacing any
    /// earlier one. Problems are kept in the translation's diagnostics; an
    /// overlay with errors adds no text. Never fails, never panics.
    pub fn attach_translation(&mut self, ui: Lang, lang: Lang, src: &str, file: &str) {
        let tr = overlay::read(self, ui, src, file);
        self.translations.insert(lang, tr);
    }

    /// After reading the overlays again (hot reload): a translation whose
    /// overlay now has errors is replaced by `last`'s when `last` is the same
    /// scenario, so the prose stays readable while the file is being fixed.
    /// Returns the errors of each broken overlay, by its file.
    pub fn keep_good_translations(&mut self, last: Option<&Scenario>) -> Vec<(String, Vec<Diagnostic>)> {
        let mut broken = Vec::new();
        for (lang, tr) in &mut self.translations {
            let errors: Vec<Diagnostic> =
                tr.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
            if errors.is_empty() {
                continue;
            }
            broken.push((tr.file.clone(), errors));
            if let Some(last) = last.filter(|l| l.source == self.source)
                && let Some(good) = last.translations.get(lang)
            {
                *tr = good.clone();
            }
        }
        broken
    }

    /// Looks for an overlay of each language beside the scenario file
    /// `path` ([`overlay_path`]) and attaches the ones it finds.
    pub fn load_translations(&mut self, ui: Lang, path: &Path) {
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            let over = overlay_path(path, lang);
            if !over.is_file() {
                continue;
            }
            let file = over.display().to_string();
            match super::read_text_in(ui, &over, &file, super::limits::MAX_FILE_BYTES, "translation") {
                Ok(src) => self.attach_translation(ui, lang, &src, &file),
                Err(d) => {
                    let tr = Translation { file, diagnostics: vec![d], ..Translation::default() };
                    self.translations.insert(lang, tr);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
