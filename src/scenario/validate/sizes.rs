//! Size limits and the ranges of numbers the shape of the file leaves open
//! (see `scenario::limits`): checked before anything expensive looks at the file.

use super::*;
use crate::scenario::limits::*;

/// Reports every list that is too long and every text that is too long.
pub(super) fn check_sizes(c: &mut Check, def: &ScenarioDef) {
    let l = c.lang;
    let count = |c: &mut Check, section: &str, n: usize, max: usize| {
        if n > max {
            c.error(
                section,
                None,
                None,
                tr!(l, "validate-count", n = n, section = section, max = max),
                tr!(l, "validate-count.hint"),
            );
        }
    };
    count(c, "nations", def.nations.len(), MAX_NATIONS);
    count(c, "third_states", def.third_states.len(), MAX_THIRD_STATES);
    count(c, "assets", def.assets.len(), MAX_ASSETS);
    count(c, "actors", def.actors.len(), MAX_ACTORS);
    count(c, "incidents", def.incidents.len(), MAX_INCIDENTS);
    count(c, "injects", def.injects.len(), MAX_INJECTS);
    count(c, "objectives", def.objectives.len(), MAX_OBJECTIVES);
    count(c, "defeat", def.defeat.len(), MAX_DEFEAT);
    let repeating = def.injects.iter().filter(|i| !i.once).count();
    if repeating > MAX_REPEATING_INJECTS {
        let first = def.injects.iter().filter(|i| !i.once).nth(MAX_REPEATING_INJECTS).map(|i| i.id.as_str());
        c.error(
            "injects",
            first,
            Some("once:"),
            tr!(l, "validate-repeating", n = repeating, max = MAX_REPEATING_INJECTS),
            tr!(l, "validate-repeating.hint"),
        );
    }

    let mut t = Texts { c };
    t.text("summary", None, "summary", &def.summary, MAX_TEXT_CHARS);
    t.text("title", None, "title", &def.title, MAX_NAME_CHARS);
    t.text("id", None, "id", &def.id, MAX_ID_CHARS);
    t.text("start_label", None, "start_label", &def.start_label, MAX_NAME_CHARS);
    if let Some(name) = &def.hotline_name {
        t.text("hotline_name", None, "hotline_name", name, MAX_NAME_CHARS);
        if name.trim().is_empty() {
            let message = tr!(l, "validate-empty-hotline-name");
            t.c.error("hotline_name", None, None, message, tr!(l, "validate-empty-hotline-name.hint"));
        }
    }
    for n in &def.nations {
        t.element("nations", &n.id, &[("name", &n.name), ("short", &n.short)]);
        t.list("nations", &n.id, "agencies", n.agencies.len(), MAX_AGENCIES);
        for a in &n.agencies {
            t.element("nations", &a.id, &[("name", &a.name)]);
        }
    }
    for s in &def.third_states {
        t.element("third_states", &s.id, &[("name", &s.name)]);
    }
    for a in &def.assets {
        t.element("assets", &a.id, &[("name", &a.name)]);
        t.list("assets", &a.id, "depends_on", a.depends_on.len(), MAX_DEPENDENCIES);
    }
    for a in &def.actors {
        t.element("actors", &a.id, &[("name", &a.name)]);
        t.list("actors", &a.id, "techniques", a.techniques.len(), MAX_TECHNIQUES);
    }
    for i in &def.incidents {
        t.element("incidents", &i.id, &[("name", &i.name)]);
        t.list("incidents", &i.id, "stages", i.stages.len(), MAX_STAGES);
        for s in &i.stages {
            t.text("incidents", Some(&i.id), "stage name", &s.name, MAX_NAME_CHARS);
            t.list("incidents", &i.id, "techniques", s.techniques.len(), MAX_TECHNIQUES);
        }
    }
    for i in &def.injects {
        let role = match &i.audience {
            Audience::Role(r) => r.as_str(),
            _ => "",
        };
        t.element(
            "injects",
            &i.id,
            &[
                ("title", &i.title),
                ("from", &i.from),
                ("expected_action", &i.expected_action),
                ("audience", role),
            ],
        );
        t.text("injects", Some(&i.id), "text", &i.text, MAX_TEXT_CHARS);
        t.list("injects", &i.id, "questions", i.questions.len(), MAX_QUESTIONS);
        for q in &i.questions {
            t.text("injects", Some(&i.id), "questions", q, MAX_TEXT_CHARS);
        }
        t.list("injects", &i.id, "choices", i.choices.len(), MAX_CHOICES);
        t.list("injects", &i.id, "effects", i.effects.len(), MAX_EFFECTS);
        for ch in &i.choices {
            t.text("injects", Some(&i.id), "label", &ch.label, MAX_NAME_CHARS);
            t.list("injects", &i.id, "effects", ch.effects.len(), MAX_EFFECTS);
        }
    }
    for o in &def.objectives {
        t.text("objectives", Some(&o.id), "text", &o.text, MAX_TEXT_CHARS);
        t.id("objectives", &o.id);
    }
}

/// Reports texts and nested lists that are too long, at their element.
struct Texts<'c, 'a> {
    c: &'c mut Check<'a>,
}

impl Texts<'_, '_> {
    fn text(&mut self, section: &str, id: Option<&str>, field: &str, value: &str, max: usize) {
        // Bytes bound chars from above: count chars only when it may matter.
        if value.len() > max && value.chars().count() > max {
            let l = self.c.lang;
            let chars = value.chars().count();
            let message = match id {
                Some(i) => {
                    tr!(l, "validate-text-long-of", field = field, id = short(i), chars = chars, max = max)
                }
                None => tr!(l, "validate-text-long", field = field, chars = chars, max = max),
            };
            let needle = format!("{}:", field.split(' ').next_back().unwrap_or(field));
            self.c.error(
                section,
                id,
                id.map(|_| needle.as_str()),
                message,
                tr!(l, "validate-text-long.hint"),
            );
        }
    }
    fn id(&mut self, section: &str, id: &str) {
        if id.len() > MAX_ID_CHARS && id.chars().count() > MAX_ID_CHARS {
            let l = self.c.lang;
            let message =
                tr!(l, "validate-id-long", id = short(id), chars = id.chars().count(), max = MAX_ID_CHARS);
            self.c.error(section, Some(id), None, message, tr!(l, "validate-id-long.hint"));
        }
    }
    fn element(&mut self, section: &str, id: &str, fields: &[(&str, &str)]) {
        self.id(section, id);
        for (field, value) in fields {
            self.text(section, Some(id), field, value, MAX_NAME_CHARS);
        }
    }
    fn list(&mut self, section: &str, id: &str, field: &str, n: usize, max: usize) {
        if n > max {
            self.c.error(
                section,
                Some(id),
                Some(&format!("{field}:")),
                tr!(self.c.lang, "validate-list-long", id = short(id), n = n, field = field, max = max),
                tr!(self.c.lang, "validate-list-long.hint"),
            );
        }
    }
}

/// An id cut to a readable length for messages.
fn short(id: &str) -> String {
    match id.char_indices().nth(MAX_ID_CHARS) {
        Some((at, _)) => format!("{}…", &id[..at]),
        None => id.to_string(),
    }
}

/// Ranges of the numbers of stages and assets that the integer types leave open.
pub(super) fn check_numbers(c: &mut Check, def: &ScenarioDef) {
    for a in &def.assets {
        if a.population > MAX_POPULATION {
            c.error(
                "assets",
                Some(&a.id),
                Some("population:"),
                tr!(c.lang, "validate-population", id = &a.id, value = a.population, max = MAX_POPULATION),
                tr!(c.lang, "validate-population.hint"),
            );
        }
    }
    for inc in &def.incidents {
        for s in &inc.stages {
            let e = &s.effects;
            for (field, v, max) in [
                ("service_loss", e.service_loss as u32, 100),
                ("alarm", e.alarm as u32, 100),
                ("data_stolen", e.data_stolen, MAX_STOLEN),
                ("ip_stolen", e.ip_stolen, MAX_STOLEN),
            ] {
                if v > max {
                    c.stage_error(
                        &inc.id,
                        &s.name,
                        field,
                        tr!(
                            c.lang,
                            "validate-stage-effect",
                            field = field,
                            stage = &s.name,
                            id = &inc.id,
                            value = v,
                            max = max
                        ),
                        tr!(c.lang, "validate-stage-effect.hint", field = field, max = max),
                    );
                }
            }
        }
    }
}

/// The range of an effect's number, or None when it is in range.
pub(super) fn effect_range(e: &Effect) -> Option<(i32, i32)> {
    let (v, max) = match e {
        Effect::Escalation(d) | Effect::Trust(d) | Effect::Alarm(d) => (*d, MAX_EFFECT_POINTS),
        Effect::Service { delta, .. }
        | Effect::Hardening { delta, .. }
        | Effect::ActorCapability { delta, .. } => (*delta, MAX_EFFECT_POINTS),
        Effect::Capacity { delta, .. } => (*delta, MAX_CAPACITY_DELTA),
        Effect::StartIncident(_) | Effect::HotlineCall => return None,
    };
    (!(-max..=max).contains(&v)).then_some((v, max))
}
