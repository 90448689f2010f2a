//! The overlay file as translators write it, and how its ids are matched to
//! the scenario's elements. Only prose is in it: lists of elements with the
//! scenario's `id`s, each text as `(en: "...", ko: "...")`.

use super::{Text, Translated, Translation};
use crate::i18n::Lang;
use crate::scenario::diagnostic::{Diagnostic, Locator, Severity};
use crate::scenario::limits::{MAX_FILE_BYTES, MAX_TEXT_CHARS};
use crate::scenario::{Scenario, ron_diagnostic_in, ron_options};
use crate::tr;
use serde::Deserialize;
use std::collections::BTreeSet;

/// One text: the English it was made from and its translation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    en: String,
    ko: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OverlayDef {
    /// The `id` of the scenario this is a translation of.
    scenario: String,
    #[serde(default)]
    title: Option<Entry>,
    #[serde(default)]
    summary: Option<Entry>,
    #[serde(default)]
    hotline_name: Option<Entry>,
    #[serde(default)]
    nations: Option<Vec<NationText>>,
    #[serde(default)]
    third_states: Option<Vec<Named>>,
    #[serde(default)]
    assets: Option<Vec<Named>>,
    #[serde(default)]
    actors: Option<Vec<Named>>,
    #[serde(default)]
    incidents: Option<Vec<IncidentText>>,
    #[serde(default)]
    injects: Option<Vec<InjectText>>,
    #[serde(default)]
    objectives: Option<Vec<ObjectiveText>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Named {
    id: String,
    name: Entry,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NationText {
    id: String,
    #[serde(default)]
    name: Option<Entry>,
    #[serde(default)]
    short: Option<Entry>,
    #[serde(default)]
    agencies: Vec<Named>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IncidentText {
    id: String,
    #[serde(default)]
    name: Option<Entry>,
    #[serde(default)]
    stages: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InjectText {
    id: String,
    #[serde(default)]
    title: Option<Entry>,
    #[serde(default)]
    from: Option<Entry>,
    #[serde(default)]
    text: Option<Entry>,
    #[serde(default)]
    questions: Vec<Entry>,
    #[serde(default)]
    choices: Vec<Entry>,
    #[serde(default)]
    expected_action: Option<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ObjectiveText {
    id: String,
    text: Entry,
}

/// Reads an overlay for `s`; messages are written in `ui`.
pub(super) fn read(s: &Scenario, ui: Lang, src: &str, file: &str) -> Translation {
    let mut tr = Translation { file: file.to_string(), ..Translation::default() };
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if src.len() > MAX_FILE_BYTES {
        tr.diagnostics.push(Diagnostic::at(
            file,
            (1, 1),
            tr!(ui, "validate-overlay-too-long", bytes = src.len(), max = MAX_FILE_BYTES),
            tr!(ui, "validate-overlay-too-long.hint"),
        ));
        return tr;
    }
    let def: OverlayDef = match ron_options().from_str(src) {
        Ok(d) => d,
        Err(e) => {
            tr.diagnostics.push(ron_diagnostic_in(&e, src, file, "translation"));
            return tr;
        }
    };
    let mut r = Resolve { s, ui, loc: Locator::new(src), src, tr, seen: BTreeSet::new() };
    if def.scenario != s.def.id {
        let at = r.loc.locate("scenario", None, None);
        r.tr.diagnostics.push(Diagnostic::at(
            file,
            at,
            tr!(ui, "validate-overlay-other-scenario", found = def.scenario.as_str(), id = s.def.id.as_str()),
            tr!(ui, "validate-overlay-other-scenario.hint", id = s.def.id.as_str()),
        ));
        return r.tr;
    }
    r.resolve(def);
    if r.tr.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        r.tr.texts.clear();
        r.tr.elements.clear();
    }
    r.tr
}

/// Matches an overlay's entries to the scenario's texts.
struct Resolve<'a> {
    s: &'a Scenario,
    ui: Lang,
    loc: Locator<'a>,
    src: &'a str,
    tr: Translation,
    /// (section, id) pairs given, to report a second entry for one element.
    seen: BTreeSet<(&'static str, String)>,
}

impl Resolve<'_> {
    fn resolve(&mut self, def: OverlayDef) {
        let s = self.s;
        if let Some(e) = def.title {
            let at = self.loc.section("title").unwrap_or(0);
            self.put(Text::Title, e, at, None, 0);
        }
        if let Some(e) = def.summary {
            let at = self.loc.section("summary").unwrap_or(0);
            self.put(Text::Summary, e, at, None, 0);
        }
        if let Some(e) = def.hotline_name {
            let at = self.loc.section("hotline_name").unwrap_or(0);
            self.put(Text::HotlineName, e, at, None, 0);
        }
        if let Some(list) = def.nations {
            self.tr.sections.insert("nations");
            for n in list {
                let Some((ix, at)) = self.element("nations", &n.id, s.nation_ix.get(&n.id).copied()) else {
                    continue;
                };
                self.tr.elements.insert(Text::Nation(ix));
                self.opt(Text::Nation(ix), n.name, at, "name:");
                self.opt(Text::NationShort(ix), n.short, at, "short:");
                for a in n.agencies {
                    let known = s.def.nations[ix].agencies.iter().position(|g| g.id == a.id);
                    let Some(agency) = known else {
                        let pos = self.loc.position(self.loc.element_from(at, &a.id, 0).unwrap_or(at));
                        let what = tr!(self.ui, "validate-element-agency");
                        self.unknown(pos, &what, &a.id);
                        continue;
                    };
                    let t = Text::Agency { nation: ix, agency };
                    let from = self.loc.element_from(at, &a.id, 0).unwrap_or(at);
                    self.tr.elements.insert(t);
                    self.put(t, a.name, from, Some("name:"), 0);
                }
            }
        }
        let named: [(&'static str, Option<Vec<Named>>, fn(usize) -> Text, _); 3] = [
            ("third_states", def.third_states, Text::ThirdState, &s.third_ix),
            ("assets", def.assets, Text::Asset, &s.asset_ix),
            ("actors", def.actors, Text::Actor, &s.actor_ix),
        ];
        for (section, list, text, ix) in named {
            let Some(list) = list else { continue };
            self.tr.sections.insert(section);
            for e in list {
                let Some((i, at)) = self.element(section, &e.id, ix.get(&e.id).copied()) else { continue };
                self.tr.elements.insert(text(i));
                self.put(text(i), e.name, at, Some("name:"), 0);
            }
        }
        if let Some(list) = def.incidents {
            self.tr.sections.insert("incidents");
            for inc in list {
                let known = s.incident_ix.get(&inc.id).copied();
                let Some((i, at)) = self.element("incidents", &inc.id, known) else { continue };
                self.tr.elements.insert(Text::Incident(i));
                self.opt(Text::Incident(i), inc.name, at, "name:");
                let have = s.def.incidents[i].stages.len();
                self.list(at, "stages:", inc.stages, have, |stage| Text::Stage { incident: i, stage });
            }
        }
        if let Some(list) = def.injects {
            self.tr.sections.insert("injects");
            for inj in list {
                let Some((i, at)) = self.element("injects", &inj.id, s.inject_ix.get(&inj.id).copied())
                else {
                    continue;
                };
                self.tr.elements.insert(Text::InjectTitle(i));
                self.opt(Text::InjectTitle(i), inj.title, at, "title:");
                self.opt(Text::InjectFrom(i), inj.from, at, "from:");
                self.opt(Text::InjectText(i), inj.text, at, "text:");
                self.opt(Text::ExpectedAction(i), inj.expected_action, at, "expected_action:");
                let d = &s.def.injects[i];
                let (q, c) = (d.questions.len(), d.choices.len());
                self.list(at, "questions:", inj.questions, q, |question| Text::Question {
                    inject: i,
                    question,
                });
                self.list(at, "choices:", inj.choices, c, |choice| Text::Choice { inject: i, choice });
            }
        }
        if let Some(list) = def.objectives {
            self.tr.sections.insert("objectives");
            for o in list {
                let known = s.def.objectives.iter().position(|x| x.id == o.id);
                let Some((i, at)) = self.element("objectives", &o.id, known) else { continue };
                self.tr.elements.insert(Text::Objective(i));
                self.put(Text::Objective(i), o.text, at, Some("text:"), 0);
            }
        }
    }

    /// The index of an overlay element and the offset of its `id`, or a
    /// warning when the scenario has no such element or it was given before.
    fn element(&mut self, section: &'static str, id: &str, known: Option<usize>) -> Option<(usize, usize)> {
        let nth = self.seen.iter().filter(|(s, i)| *s == section && i == id).count();
        let at = self.loc.element(section, id, nth).or_else(|| self.loc.section(section)).unwrap_or(0);
        let pos = self.loc.position(at);
        let Some(ix) = known else {
            let what = section_word(self.ui, section);
            self.unknown(pos, &what, id);
            return None;
        };
        if !self.seen.insert((section, id.to_string())) {
            self.warn(
                pos,
                tr!(self.ui, "validate-overlay-duplicate", id = id),
                tr!(self.ui, "validate-overlay-duplicate.hint"),
            );
            return None;
        }
        Some((ix, at))
    }

    fn unknown(&mut self, pos: (usize, usize), what: &str, id: &str) {
        let scenario = self.s.path.as_str();
        self.warn(
            pos,
            tr!(self.ui, "validate-overlay-unknown", what = what, id = id, scenario = scenario),
            tr!(self.ui, "validate-overlay-unknown.hint"),
        );
    }

    fn warn(&mut self, at: (usize, usize), message: String, hint: String) {
        let mut d = Diagnostic::at(&self.tr.file, at, message, hint);
        d.severity = Severity::Warning;
        self.tr.diagnostics.push(d);
    }

    fn opt(&mut self, t: Text, e: Option<Entry>, at: usize, field: &str) {
        if let Some(e) = e {
            self.put(t, e, at, Some(field), 0);
        }
    }

    /// The entries of a list field (questions, choices, stages), by position.
    fn list(
        &mut self,
        at: usize,
        field: &str,
        entries: Vec<Entry>,
        have: usize,
        text: impl Fn(usize) -> Text,
    ) {
        let given = entries.len();
        for (k, e) in entries.into_iter().enumerate().take(have) {
            self.put(text(k), e, at, Some(field), k);
        }
        if given > have {
            let pos = self.loc.position(key_after(self.src, at, field).unwrap_or(at));
            let field = field.trim_end_matches(':');
            self.warn(
                pos,
                tr!(self.ui, "validate-overlay-extra", field = field, given = given, have = have),
                tr!(self.ui, "validate-overlay-extra.hint"),
            );
        }
    }

    /// Records one text: `nth` entry after `field` of the element at `at`.
    fn put(&mut self, t: Text, e: Entry, at: usize, field: Option<&str>, nth: usize) {
        let mut from = field.and_then(|f| key_after(self.src, at, f)).unwrap_or(at);
        for _ in 0..nth {
            from = key_after(self.src, from, "en:").map_or(from, |i| i + 3);
        }
        let pos = self.loc.position(key_after(self.src, from, "en:").unwrap_or(from));
        if e.ko.chars().count() > MAX_TEXT_CHARS {
            self.tr.diagnostics.push(Diagnostic::at(
                &self.tr.file,
                pos,
                tr!(self.ui, "validate-overlay-text-too-long", max = MAX_TEXT_CHARS),
                tr!(self.ui, "validate-overlay-text-too-long.hint"),
            ));
            return;
        }
        // An empty translation is no translation: the English shows, the lint says so.
        if e.ko.trim().is_empty() {
            return;
        }
        self.tr.texts.insert(t, Translated { en: e.en, text: e.ko, at: pos });
    }
}

/// The offset of `key` (such as `en:` or `questions:`) at or after `from`
/// that is not the tail of a longer word.
fn key_after(src: &str, from: usize, key: &str) -> Option<usize> {
    let mut from = from.min(src.len());
    while !src.is_char_boundary(from) {
        from -= 1;
    }
    let mut at = from;
    while let Some(i) = src[at..].find(key) {
        let k = at + i;
        let prev = src[..k].chars().next_back();
        if prev.is_none_or(|c| !(c.is_alphanumeric() || c == '_')) {
            return Some(k);
        }
        at = k + key.len();
    }
    None
}

/// A section's element in words ("inject", "asset"), in the language of the messages.
pub(super) fn section_word(ui: Lang, section: &str) -> String {
    match section {
        "nations" => tr!(ui, "validate-element-nation"),
        "third_states" => tr!(ui, "validate-element-third-state"),
        "assets" => tr!(ui, "validate-element-asset"),
        "actors" => tr!(ui, "validate-element-actor"),
        "incidents" => tr!(ui, "validate-element-incident"),
        "injects" => tr!(ui, "validate-element-inject"),
        "objectives" => tr!(ui, "validate-element-objective"),
        other => other.to_string(),
    }
}
