//! The translation lint: for each overlay of a scenario, the problems found
//! reading it, every text it lacks (in the sections it gives; title and
//! summary always) at the English in the scenario file, and every text
//! whose English changed after it was translated, at its `en:` in the overlay.

use super::overlay::section_word;
use super::{Text, Translation};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::scenario::diagnostic::{Diagnostic, Locator, Severity};
use crate::tr;
use std::collections::BTreeSet;

/// Every translation problem of `s`, in the words of `ui`.
pub fn lint(ui: Lang, s: &Scenario) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let loc = Locator::new(&s.source);
    for (&lang, tr) in &s.translations {
        out.extend(tr.diagnostics.iter().cloned());
        if tr.diagnostics.iter().any(|d| d.severity == Severity::Error) {
            continue;
        }
        let name = lang_name(ui, lang);
        missing(ui, s, tr, &name, &loc, &mut out);
        for t in tr.stale(s) {
            let Some(entry) = tr.texts.get(&t) else { continue };
            let now: String = s.english(t).unwrap_or("").chars().take(60).collect();
            out.push(warning(
                &tr.file,
                entry.at,
                tr!(ui, "validate-stale", lang = name.as_str(), what = describe(ui, s, t)),
                tr!(ui, "validate-stale.hint", english = now),
            ));
        }
    }
    out
}

/// The missing texts: one line per element the overlay lacks, else one per field.
fn missing(ui: Lang, s: &Scenario, tr: &Translation, name: &str, loc: &Locator, out: &mut Vec<Diagnostic>) {
    let mut told: BTreeSet<Text> = BTreeSet::new();
    let overlay = tr.file.as_str();
    for t in tr.missing(s) {
        let section = t.section();
        let top = matches!(t, Text::Title | Text::Summary | Text::HotlineName);
        let due = top || tr.sections.contains(section);
        if !due {
            continue;
        }
        let element = t.element();
        let message = if tr.elements.contains(&element) || top {
            tr!(ui, "validate-missing", lang = name, what = describe(ui, s, t), overlay = overlay)
        } else if told.insert(element) {
            let (word, id) = element_words(ui, s, element);
            tr!(ui, "validate-missing-element", lang = name, element = word, id = id, overlay = overlay)
        } else {
            continue;
        };
        out.push(warning(&s.path, position(s, loc, t), message, tr!(ui, "validate-missing.hint")));
    }
}

fn warning(file: &str, at: (usize, usize), message: String, hint: String) -> Diagnostic {
    let mut d = Diagnostic::at(file, at, message, hint);
    d.severity = Severity::Warning;
    d
}

/// The name of a language in the words of `ui`.
fn lang_name(ui: Lang, lang: Lang) -> String {
    match lang {
        Lang::En => tr!(ui, "validate-lang-en"),
        Lang::Ko => tr!(ui, "validate-lang-ko"),
    }
}

/// The id of the element a text belongs to (`us/nsc` for an agency).
fn id_of(s: &Scenario, t: Text) -> String {
    let d = &s.def;
    let id = |v: Option<&String>| v.cloned().unwrap_or_default();
    use Text as T;
    match t {
        T::Title | T::Summary | T::HotlineName => d.id.clone(),
        T::Nation(n) | T::NationShort(n) => id(d.nations.get(n).map(|x| &x.id)),
        T::Agency { nation, agency } => d.nations.get(nation).map_or(String::new(), |n| {
            format!("{}/{}", n.id, n.agencies.get(agency).map_or("", |a| a.id.as_str()))
        }),
        T::ThirdState(i) => id(d.third_states.get(i).map(|x| &x.id)),
        T::Asset(i) => id(d.assets.get(i).map(|x| &x.id)),
        T::Actor(i) => id(d.actors.get(i).map(|x| &x.id)),
        T::Incident(i) | T::Stage { incident: i, .. } => id(d.incidents.get(i).map(|x| &x.id)),
        T::InjectTitle(i)
        | T::InjectFrom(i)
        | T::InjectText(i)
        | T::Question { inject: i, .. }
        | T::Choice { inject: i, .. }
        | T::ExpectedAction(i) => id(d.injects.get(i).map(|x| &x.id)),
        T::Objective(i) => id(d.objectives.get(i).map(|x| &x.id)),
    }
}

/// An element in words: ("inject", "opening-brief").
fn element_words(ui: Lang, s: &Scenario, t: Text) -> (String, String) {
    let word = match t {
        Text::Agency { .. } => tr!(ui, "validate-element-agency"),
        other => section_word(ui, other.section()),
    };
    (word, id_of(s, t))
}

/// A text in words, e.g. "question 2 of inject `opening-brief`".
pub(crate) fn describe(ui: Lang, s: &Scenario, t: Text) -> String {
    let (element, id) = element_words(ui, s, t);
    let (element, id) = (element.as_str(), id.as_str());
    use Text as T;
    match t {
        T::Title => tr!(ui, "validate-text-title"),
        T::Summary => tr!(ui, "validate-text-summary"),
        T::HotlineName => tr!(ui, "validate-text-hotline-name"),
        T::NationShort(_) => tr!(ui, "validate-text-short", id = id),
        T::Stage { stage, .. } => tr!(ui, "validate-text-stage", n = stage + 1, id = id),
        T::InjectTitle(_) => tr!(ui, "validate-text-inject-title", id = id),
        T::InjectFrom(_) => tr!(ui, "validate-text-from", id = id),
        T::InjectText(_) | T::Objective(_) => tr!(ui, "validate-text-text", element = element, id = id),
        T::Question { question, .. } => tr!(ui, "validate-text-question", n = question + 1, id = id),
        T::Choice { choice, .. } => tr!(ui, "validate-text-choice", n = choice + 1, id = id),
        T::ExpectedAction(_) => tr!(ui, "validate-text-expected-action", id = id),
        T::Nation(_) | T::Agency { .. } | T::ThirdState(_) | T::Asset(_) | T::Actor(_) | T::Incident(_) => {
            tr!(ui, "validate-text-name", element = element, id = id)
        }
    }
}

/// Where the English of a text is in the scenario file.
fn position(s: &Scenario, loc: &Locator, t: Text) -> (usize, usize) {
    let id = id_of(s, t);
    let field = |f: &str| loc.locate(t.section(), Some(&id), Some(f));
    use Text as T;
    match t {
        T::Title | T::Summary | T::HotlineName => loc.locate(t.section(), None, None),
        T::Agency { nation, agency } => {
            let d = &s.def;
            let n = d.nations.get(nation).map_or("", |n| n.id.as_str());
            let a = d.nations.get(nation).and_then(|n| n.agencies.get(agency)).map_or("", |a| a.id.as_str());
            let at = loc.element("nations", n, 0).unwrap_or(0);
            let at = loc.element_from(at, a, 0).unwrap_or(at);
            loc.position(loc.after(at, "name:"))
        }
        T::Stage { incident, stage } => {
            let name =
                s.def.incidents.get(incident).and_then(|i| i.stages.get(stage)).map_or("", |x| &x.name);
            field(&format!("\"{name}\""))
        }
        T::NationShort(_) => field("short:"),
        T::InjectTitle(_) => field("title:"),
        T::InjectFrom(_) => field("from:"),
        T::InjectText(_) | T::Objective(_) => field("text:"),
        T::Question { .. } => field("questions:"),
        T::Choice { .. } => field("choices:"),
        T::ExpectedAction(_) => field("expected_action:"),
        T::Nation(_) | T::ThirdState(_) | T::Asset(_) | T::Actor(_) | T::Incident(_) => field("name:"),
    }
}
