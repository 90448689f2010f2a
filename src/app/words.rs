//! Words the app composes from typed values, in the reader's language: the
//! action families' names and effects, and why the rules refused a decision.
//! The English is the rules' own (`scenario::family`, the errors' `Display`);
//! a test keeps the two in step.

use crate::i18n::Lang;
use crate::scenario::ActionKindName as K;
use crate::sim::{ActionError, DecisionError};
use crate::tr;

/// A family's short name, for the action buttons ("Share intel").
pub fn family_short(l: Lang, k: K) -> String {
    match k {
        K::ShareIntel => tr!(l, "app-family-share.short"),
        K::Investigate => tr!(l, "app-family-investigate.short"),
        K::JointInvestigation => tr!(l, "app-family-joint.short"),
        K::MilitaryCooperation => tr!(l, "app-family-hunt.short"),
        K::Hotline => tr!(l, "app-family-hotline.short"),
        K::Harden => tr!(l, "app-family-harden.short"),
        K::Isolate => tr!(l, "app-family-isolate.short"),
        K::Restore => tr!(l, "app-family-restore.short"),
        K::RequestAssistance => tr!(l, "app-family-assist.short"),
        K::AttributePublicly => tr!(l, "app-family-attribute.short"),
        K::Invest => tr!(l, "app-family-invest.short"),
    }
}

/// What a family does, in a sentence.
pub fn family_effect(l: Lang, k: K) -> String {
    match k {
        K::ShareIntel => tr!(l, "app-family-share.effect"),
        K::Investigate => tr!(l, "app-family-investigate.effect"),
        K::JointInvestigation => tr!(l, "app-family-joint.effect"),
        K::MilitaryCooperation => tr!(l, "app-family-hunt.effect"),
        K::Hotline => tr!(l, "app-family-hotline.effect"),
        K::Harden => tr!(l, "app-family-harden.effect"),
        K::Isolate => tr!(l, "app-family-isolate.effect"),
        K::Restore => tr!(l, "app-family-restore.effect"),
        K::RequestAssistance => tr!(l, "app-family-assist.effect"),
        K::AttributePublicly => tr!(l, "app-family-attribute.effect"),
        K::Invest => tr!(l, "app-family-invest.effect"),
    }
}

/// Why an action was refused (without the "Refused:" before it). A rule's
/// situational reason (`NotNow`) is the rules' own text.
pub fn action_error(l: Lang, e: &ActionError) -> String {
    match e {
        ActionError::Over => tr!(l, "app-refused-over"),
        ActionError::Unknown { what, id } => tr!(l, "app-refused-unknown", what = *what, id = id),
        ActionError::Skill { agency, skill } => {
            let skill = crate::scenario::Skill::ALL
                .into_iter()
                .find(|k| k.label() == *skill)
                .map_or_else(|| skill.to_string(), |k| crate::narrate::labels::skill(l, k));
            tr!(l, "app-refused-skill", agency = agency, skill = skill)
        }
        ActionError::Capacity { agency, left, cost } => {
            tr!(l, "app-refused-capacity", agency = agency, left = *left, cost = *cost)
        }
        ActionError::NotNow(why) => why.clone(),
    }
}

/// The notice for a refused decision: "Refused: …".
pub fn refused(l: Lang, e: &DecisionError) -> String {
    let why = match e {
        DecisionError::Action(a) => action_error(l, a),
        DecisionError::UnknownInject(id) => tr!(l, "app-refused-inject", id = id),
        DecisionError::NoChoicePending(id) => tr!(l, "app-refused-no-choice", id = id),
        DecisionError::ChoiceOutOfRange { inject, choice, count } => {
            tr!(l, "app-refused-choice", id = inject, choice = *choice, count = *count)
        }
        DecisionError::Over => tr!(l, "app-refused-over"),
        DecisionError::Unknown { what, id } => tr!(l, "app-refused-unknown", what = *what, id = id),
        DecisionError::Range(v) => tr!(l, "app-refused-range", value = v.to_string()),
    };
    tr!(l, "app-refused", why = why)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English is the rules' own words: one vocabulary, two homes.
    #[test]
    fn english_words_are_the_rules_own() {
        for k in K::ALL {
            let f = k.family();
            assert_eq!(family_short(Lang::En, k), f.short);
            assert_eq!(family_effect(Lang::En, k), f.effect);
            assert_ne!(family_effect(Lang::Ko, k), f.effect, "{k:?} has its Korean effect");
        }
        let errors = [
            DecisionError::Over,
            DecisionError::UnknownInject("x".into()),
            DecisionError::NoChoicePending("x".into()),
            DecisionError::ChoiceOutOfRange { inject: "x".into(), choice: 3, count: 2 },
            DecisionError::Unknown { what: "agency", id: "x".into() },
            DecisionError::Range(120.0),
            ActionError::Over.into(),
            ActionError::Capacity { agency: "CISA".into(), left: 1, cost: 2 }.into(),
            ActionError::Skill { agency: "CISA".into(), skill: crate::scenario::Skill::ALL[0].label() }
                .into(),
            ActionError::NotNow("not yet".into()).into(),
        ];
        for e in errors {
            assert_eq!(refused(Lang::En, &e), format!("Refused: {e}"));
        }
    }
}
