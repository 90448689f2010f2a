//! Size limits and the ranges of numbers the shape of the file leaves open
//! (see `scenario::limits`): checked before anything expensive looks at the file.

use super::*;
use crate::scenario::limits::*;

/// Reports every list that is too long and every text that is too long.
pub(super) fn check_sizes(c: &mut Check, def: &ScenarioDef) {
    let count = |c: &mut Check, section: &str, what: &str, n: usize, max: usize| {
        if n > max {
            c.error(
                section,
                None,
                None,
                format!("{n} {what} defined; a scenario may have at most {max}"),
                "split the exercise, or merge elements: docs/scenario-format.md lists the limits",
            );
        }
    };
    count(c, "nations", "nations", def.nations.len(), MAX_NATIONS);
    count(c, "third_states", "third states", def.third_states.len(), MAX_THIRD_STATES);
    count(c, "assets", "assets", def.assets.len(), MAX_ASSETS);
    count(c, "actors", "actors", def.actors.len(), MAX_ACTORS);
    count(c, "incidents", "incidents", def.incidents.len(), MAX_INCIDENTS);
    count(c, "injects", "injects", def.injects.len(), MAX_INJECTS);
    count(c, "objectives", "objectives", def.objectives.len(), MAX_OBJECTIVES);
    count(c, "defeat", "defeat conditions", def.defeat.len(), MAX_DEFEAT);
    let repeating = def.injects.iter().filter(|i| !i.once).count();
    if repeating > MAX_REPEATING_INJECTS {
        let first = def.injects.iter().filter(|i| !i.once).nth(MAX_REPEATING_INJECTS).map(|i| i.id.as_str());
        c.error(
            "injects",
            first,
            Some("once:"),
            format!("{repeating} injects repeat (`once: false`); at most {MAX_REPEATING_INJECTS} may"),
            "a repeating inject may fire every turn: keep it for the few that must recur",
        );
    }

    let mut t = Texts { c };
    t.text("summary", None, "summary", &def.summary, MAX_TEXT_CHARS);
    t.text("title", None, "title", &def.title, MAX_NAME_CHARS);
    t.text("id", None, "id", &def.id, MAX_ID_CHARS);
    t.text("start_label", None, "start_label", &def.start_label, MAX_NAME_CHARS);
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
            let owner = id.map_or(String::new(), |i| format!(" of `{}`", short(i)));
            let needle = format!("{}:", field.split(' ').next_back().unwrap_or(field));
            self.c.error(
                section,
                id,
                id.map(|_| needle.as_str()),
                format!(
                    "{field}{owner} is {} characters long; at most {max} are allowed",
                    value.chars().count()
                ),
                "shorten it: long text belongs in the exercise's handbook, not on the board",
            );
        }
    }
    fn id(&mut self, section: &str, id: &str) {
        if id.len() > MAX_ID_CHARS && id.chars().count() > MAX_ID_CHARS {
            self.c.error(
                section,
                Some(id),
                None,
                format!(
                    "id `{}…` is {} characters long; at most {MAX_ID_CHARS} are allowed",
                    short(id),
                    id.chars().count()
                ),
                "ids are short handles such as \"kr-grid-1\"",
            );
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
                format!("`{}` has {n} {field}; at most {max} are allowed", short(id)),
                "docs/scenario-format.md lists the limits",
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
                format!("population of `{}` is {}, outside 0..={MAX_POPULATION}", a.id, a.population),
                "population counts thousands of people: 1000 is a city of a million",
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
                        format!(
                            "{field} of stage \"{}\" in incident `{}` is {v}, outside 0..={max}",
                            s.name, inc.id
                        ),
                        format!("set {field} from 0 to {max}"),
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
