//! The action families, once: what each is called, what it costs, the skill
//! it needs, what it targets and what it is expected to do. The rules
//! (costs and skill checks), the app (buttons, hover text, the coach), the
//! reports and the format reference (a test compares its table) all read
//! this table.

use super::{ActionKindName, Skill};

/// What an action of the family is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// A known incident.
    Incident,
    /// A known incident and the partner nation to tell.
    IncidentAndPartner,
    /// Any asset of the alliance.
    Asset,
    /// One of the acting nation's own assets.
    OwnAsset,
    /// A third state and an actor the nation has seen.
    ThirdStateAndActor,
    /// An investment area.
    Investment,
    /// Nothing: the act itself.
    None,
}

/// One row of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    pub kind: ActionKindName,
    /// The family's name in menus, reports and the docs.
    pub label: &'static str,
    /// A button's few words.
    pub short: &'static str,
    /// Action points it costs.
    pub cost: u32,
    /// The skill an agency needs (none for investments).
    pub skill: Option<Skill>,
    pub target: TargetKind,
    /// What it is expected to do, for the player before committing.
    pub effect: &'static str,
}

use ActionKindName as K;

/// Every family, in `ActionKindName::ALL` order.
pub const FAMILIES: [Family; 11] = [
    Family {
        kind: K::ShareIntel,
        label: "Share threat information",
        short: "Share intel",
        cost: 1,
        skill: Some(Skill::Intelligence),
        target: TargetKind::IncidentAndPartner,
        effect: "Partner sees the incident and detects this actor more easily; worth more the sooner it is shared; builds trust.",
    },
    Family {
        kind: K::Investigate,
        label: "Investigate",
        short: "Investigate",
        cost: 1,
        skill: Some(Skill::Investigation),
        target: TargetKind::Incident,
        effect: "Investigation progress this turn: attribution at 60, containment at 100.",
    },
    Family {
        kind: K::JointInvestigation,
        label: "Joint investigation",
        short: "Joint investigation",
        cost: 2,
        skill: Some(Skill::Investigation),
        target: TargetKind::Incident,
        effect: "If the partner also commits this turn: about 1.8× the combined progress, scaled by trust; builds trust.",
    },
    Family {
        kind: K::MilitaryCooperation,
        label: "Mil-to-mil joint hunt",
        short: "Mil-to-mil hunt",
        cost: 3,
        skill: Some(Skill::Military),
        target: TargetKind::Asset,
        effect: "Joint hunt on the asset for 3 turns starting next turn (this turn during hotline sync): finds hidden intrusions, drives containment, hardens.",
    },
    Family {
        kind: K::Hotline,
        label: "Hotline call",
        short: "Hotline",
        cost: 1,
        skill: Some(Skill::Diplomacy),
        target: TargetKind::None,
        effect: "Both capitals in sync this turn and next: escalation −8, trust +5, all known incidents shared, joint attribution unlocked.",
    },
    Family {
        kind: K::Harden,
        label: "Harden asset",
        short: "Harden",
        cost: 2,
        skill: Some(Skill::Defense),
        target: TargetKind::OwnAsset,
        effect: "+20 hardening (slower intrusions); −5 service now for the maintenance window.",
    },
    Family {
        kind: K::Isolate,
        label: "Isolate asset",
        short: "Isolate",
        cost: 1,
        skill: Some(Skill::Defense),
        target: TargetKind::OwnAsset,
        effect: "Incidents on the asset cannot advance; service capped at 50 until restored.",
    },
    Family {
        kind: K::Restore,
        label: "Restore service",
        short: "Restore",
        cost: 2,
        skill: Some(Skill::Defense),
        target: TargetKind::OwnAsset,
        effect: "+35 service (+15 while an intruder is still active); ends isolation; resolves contained incidents.",
    },
    Family {
        kind: K::RequestAssistance,
        label: "Request third-state assistance",
        short: "Ask third state",
        cost: 1,
        skill: Some(Skill::Diplomacy),
        target: TargetKind::ThirdStateAndActor,
        effect: "Next turn the third state decides; if the activity emanates from its territory, it curbs the actor.",
    },
    Family {
        kind: K::AttributePublicly,
        label: "Attribute publicly / invoke norms",
        short: "Attribute publicly",
        cost: 1,
        skill: Some(Skill::Diplomacy),
        target: TargetKind::Incident,
        effect: "Deters the actor if the evidence holds (investigation ≥ 60); a wrong attribution raises escalation sharply.",
    },
    Family {
        kind: K::Invest,
        label: "Invest / policy consultations",
        short: "Invest",
        cost: 2,
        skill: None,
        target: TargetKind::Investment,
        effect: "Pays later: R&D → monitoring, education → skills, workforce → capacity, policy consultations → trust.",
    },
];

impl ActionKindName {
    pub const ALL: [ActionKindName; 11] = {
        let mut all = [K::ShareIntel; 11];
        let mut i = 0;
        while i < FAMILIES.len() {
            all[i] = FAMILIES[i].kind;
            i += 1;
        }
        all
    };

    /// This family's row of the catalogue.
    pub fn family(self) -> &'static Family {
        // The table is in declaration order (a test checks it).
        &FAMILIES[self as usize]
    }

    pub fn label(self) -> &'static str {
        self.family().label
    }

    /// The family's name in `lang` ([`ActionKindName::label`] is the English).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        use crate::tr;
        match self {
            K::ShareIntel => tr!(lang, "family-share-intel"),
            K::Investigate => tr!(lang, "family-investigate"),
            K::JointInvestigation => tr!(lang, "family-joint-investigation"),
            K::MilitaryCooperation => tr!(lang, "family-military-cooperation"),
            K::Hotline => tr!(lang, "family-hotline"),
            K::Harden => tr!(lang, "family-harden"),
            K::Isolate => tr!(lang, "family-isolate"),
            K::Restore => tr!(lang, "family-restore"),
            K::RequestAssistance => tr!(lang, "family-request-assistance"),
            K::AttributePublicly => tr!(lang, "family-attribute-publicly"),
            K::Invest => tr!(lang, "family-invest"),
        }
    }

    pub fn cost(self) -> u32 {
        self.family().cost
    }

    pub fn skill(self) -> Option<Skill> {
        self.family().skill
    }

    pub fn effect(self) -> &'static str {
        self.family().effect
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_declaration_order() {
        for (i, f) in FAMILIES.iter().enumerate() {
            assert_eq!(f.kind as usize, i, "{:?}", f.kind);
            assert_eq!(f.kind.family().kind, f.kind);
        }
    }
}
