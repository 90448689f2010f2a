//! One field of a scenario changed by its path in the file
//! (`simulate --vary rules.start_trust=20,80`): the sensitivity tools and the
//! balance targets ask "what if this number were different" without editing
//! the author's text.
//!
//! A path is the field names of the file joined by dots; a list element is
//! named by its position (`third_states.0.cooperation`) or by its `id`
//! (`actors.crimson.capability`). The value is written as in the file
//! (`20`, `0.5`, `true`, `Crisis`). The changed scenario is validated again,
//! so a value out of range is refused with the validator's message.

use super::{Scenario, ScenarioDef, validate};
use serde_json::Value;

/// Why a field could not be changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaryError {
    #[error(
        "no field `{0}` in the scenario (fields are named as in the file: rules.start_trust, actors.crimson.capability, third_states.0.cooperation)"
    )]
    NoField(String),
    #[error("`{path}` cannot be {value}: {why}")]
    BadValue { path: String, value: String, why: String },
}

impl Scenario {
    /// This scenario with the field at `path` set to `value` (as written in a
    /// scenario file), validated again.
    pub fn with_field(&self, path: &str, value: &str) -> Result<Scenario, VaryError> {
        let bad = |why: String| VaryError::BadValue { path: path.into(), value: value.into(), why };
        let mut tree = serde_json::to_value(&self.def).map_err(|e| bad(e.to_string()))?;
        let slot = field_mut(&mut tree, path).ok_or_else(|| VaryError::NoField(path.into()))?;
        *slot = parse_value(value);
        let def: ScenarioDef = serde_json::from_value(tree).map_err(|e| bad(e.to_string()))?;
        let src = ron::ser::to_string_pretty(&def, ron::ser::PrettyConfig::default())
            .map_err(|e| bad(e.to_string()))?;
        let file = format!("{} ({path}={value})", self.path);
        let mut s =
            validate::validate(crate::i18n::Lang::En, def, &src, &file).map_err(|d| bad(d.to_string()))?;
        // Its prose is the same: the translations still apply.
        s.translations = self.translations.clone();
        Ok(s)
    }

    /// The value of the field at `path` as the file would write it, if there is one.
    pub fn field(&self, path: &str) -> Option<String> {
        let mut tree = serde_json::to_value(&self.def).ok()?;
        field_mut(&mut tree, path).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }
}

/// The value a path names inside the file's tree.
fn field_mut<'a>(tree: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    let mut at = tree;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        at = match at {
            Value::Object(map) => map.get_mut(part)?,
            Value::Array(list) => match part.parse::<usize>() {
                Ok(i) => list.get_mut(i)?,
                Err(_) => list.iter_mut().find(|e| e.get("id").and_then(Value::as_str) == Some(part))?,
            },
            _ => return None,
        };
    }
    Some(at)
}

/// A number, a boolean or else a name (an enum variant or a text).
fn parse_value(v: &str) -> Value {
    let v = v.trim();
    if let Ok(i) = v.parse::<i64>() {
        return Value::from(i);
    }
    if let Ok(f) = v.parse::<f64>() {
        return Value::from(f);
    }
    match v {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => Value::String(v.trim_matches('"').to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagship() -> Scenario {
        Scenario::load(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron")).unwrap()
    }

    #[test]
    fn a_field_changes_by_its_path_and_nothing_else_does() {
        let s = flagship();
        let v = s.with_field("rules.start_trust", "20").unwrap();
        assert_eq!(v.def.rules.start_trust, 20);
        assert_eq!(v.def.rules.hotline_calls, s.def.rules.hotline_calls);
        let v = s.with_field("third_states.varland.cooperation", "0").unwrap();
        assert_eq!(v.def.third_states[0].cooperation, 0);
        let v = s.with_field("actors.1.capability", "95").unwrap();
        assert_eq!(v.def.actors[1].capability, 95);
        assert_eq!(v.def.actors[0].capability, s.def.actors[0].capability);
        assert_eq!(s.field("rules.hotline_calls").as_deref(), Some("3"));
    }

    #[test]
    fn a_wrong_path_or_value_is_an_error_not_a_panic() {
        let s = flagship();
        assert!(matches!(s.with_field("rules.start_trusts", "2"), Err(VaryError::NoField(_))));
        assert!(matches!(s.with_field("actors.nobody.capability", "2"), Err(VaryError::NoField(_))));
        assert!(matches!(s.with_field("rules.start_trust", "many"), Err(VaryError::BadValue { .. })));
        assert!(matches!(s.with_field("rules.start_trust", "300"), Err(VaryError::BadValue { .. })));
    }
}
