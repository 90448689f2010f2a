//! Words the app composes from typed values, in the reader's language: the
//! action families' names and effects, and why the rules refused a decision.
//! The English is the rules' own (`scenario::family`, the errors' `Display`);
//! a test keeps the two in step.

use crate::i18n::Lang;
use crate::scenario::{ActionKindName as K, Scenario};
use crate::sim::DecisionError;
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

/// The notice for a refused decision: "Refused: …", the reason worded by
/// the narrator (the one wording of the rules' refusals, shared with the
/// network seats and the command line).
pub fn refused(l: Lang, s: &Scenario, e: &DecisionError) -> String {
    tr!(l, "app-refused", why = crate::narrate::decision_error(l, s, e))
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
    }
}
