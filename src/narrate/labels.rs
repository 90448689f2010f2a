//! The names of the rules' enums in a language: difficulty, outcome, inject
//! kind, investment, status, sector, skill, log kind, escalation level. The
//! enums' own `label()` stays English for ids in files, lints and goldens.

use crate::i18n::{Arg, Lang};
use crate::scenario::{InjectKind, Scenario, Sector, Skill, Text};
use crate::sim::{Difficulty, InvestArea, LogKind, Outcome, State, Status};
use crate::tr;

/// Trust between every pair of allies, "US–ROK 62 · US–JP 48 · ROK–JP 35":
/// how trust is shown when the alliance has more than two members (the
/// score counts their mean, the alliance's trust).
pub fn pair_trust(lang: Lang, s: &Scenario, st: &State) -> String {
    let short = |n: usize| s.text(lang, Text::NationShort(n));
    st.pair_trust()
        .into_iter()
        .map(|(a, b, t)| tr!(lang, "trust-pair", a = short(a), b = short(b), trust = Arg::num(t, 0)))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "trust-pair-separator"))
}

pub fn difficulty(lang: Lang, d: Difficulty) -> String {
    match d {
        Difficulty::Exercise => tr!(lang, "difficulty-exercise"),
        Difficulty::Standard => tr!(lang, "difficulty-standard"),
        Difficulty::Crisis => tr!(lang, "difficulty-crisis"),
    }
}

/// The outcome, or "in progress" while there is none.
pub fn outcome(lang: Lang, o: Option<Outcome>) -> String {
    match o {
        Some(Outcome::Success) => tr!(lang, "outcome-success"),
        Some(Outcome::Partial) => tr!(lang, "outcome-partial"),
        Some(Outcome::Defeat) => tr!(lang, "outcome-defeat"),
        None => tr!(lang, "outcome-in-progress"),
    }
}

pub fn inject_kind(lang: Lang, k: InjectKind) -> String {
    match k {
        InjectKind::Situation => tr!(lang, "inject-kind-situation"),
        InjectKind::NewsFlash => tr!(lang, "inject-kind-news-flash"),
        InjectKind::IntelReport => tr!(lang, "inject-kind-intel-report"),
        InjectKind::PartnerRequest => tr!(lang, "inject-kind-partner-request"),
        InjectKind::Directive => tr!(lang, "inject-kind-directive"),
    }
}

pub fn invest_area(lang: Lang, a: InvestArea) -> String {
    match a {
        InvestArea::ResearchAndDevelopment => tr!(lang, "invest-rnd"),
        InvestArea::Education => tr!(lang, "invest-education"),
        InvestArea::Workforce => tr!(lang, "invest-workforce"),
        InvestArea::PolicyConsultations => tr!(lang, "invest-policy"),
    }
}

pub fn status(lang: Lang, s: Status) -> String {
    match s {
        Status::Dormant => tr!(lang, "status-dormant"),
        Status::Hidden => tr!(lang, "status-hidden"),
        Status::Detected => tr!(lang, "status-detected"),
        Status::Investigating => tr!(lang, "status-investigating"),
        Status::Attributed => tr!(lang, "status-attributed"),
        Status::Contained => tr!(lang, "status-contained"),
        Status::Resolved => tr!(lang, "status-resolved"),
    }
}

pub fn sector(lang: Lang, s: Sector) -> String {
    match s {
        Sector::Energy => tr!(lang, "sector-energy"),
        Sector::Water => tr!(lang, "sector-water"),
        Sector::Telecom => tr!(lang, "sector-telecom"),
        Sector::Finance => tr!(lang, "sector-finance"),
        Sector::Health => tr!(lang, "sector-health"),
        Sector::Transport => tr!(lang, "sector-transport"),
        Sector::Semiconductor => tr!(lang, "sector-semiconductor"),
        Sector::Government => tr!(lang, "sector-government"),
        Sector::Defense => tr!(lang, "sector-defense"),
    }
}

pub fn skill(lang: Lang, s: Skill) -> String {
    match s {
        Skill::Defense => tr!(lang, "skill-defense"),
        Skill::Investigation => tr!(lang, "skill-investigation"),
        Skill::Intelligence => tr!(lang, "skill-intelligence"),
        Skill::Military => tr!(lang, "skill-military"),
        Skill::Diplomacy => tr!(lang, "skill-diplomacy"),
    }
}

pub fn log_kind(lang: Lang, k: LogKind) -> String {
    match k {
        LogKind::Turn => tr!(lang, "log-kind-turn"),
        LogKind::Inject => tr!(lang, "log-kind-inject"),
        LogKind::Decision => tr!(lang, "log-kind-decision"),
        LogKind::Attack => tr!(lang, "log-kind-attack"),
        LogKind::Detection => tr!(lang, "log-kind-detection"),
        LogKind::Investigation => tr!(lang, "log-kind-investigation"),
        LogKind::Service => tr!(lang, "log-kind-service"),
        LogKind::Escalation => tr!(lang, "log-kind-escalation"),
        LogKind::Trust => tr!(lang, "log-kind-trust"),
        LogKind::Diplomacy => tr!(lang, "log-kind-diplomacy"),
        LogKind::Facilitator => tr!(lang, "log-kind-facilitator"),
        LogKind::Outcome => tr!(lang, "log-kind-outcome"),
    }
}

/// The name of an escalation level (1–5; 0 reads as 1, above 5 as 5). In
/// Korean these are the national cyber crisis alert levels 정상·관심·주의·경계·심각.
pub fn escalation_level(lang: Lang, level: u8) -> String {
    match level {
        0 | 1 => tr!(lang, "escalation-level-1"),
        2 => tr!(lang, "escalation-level-2"),
        3 => tr!(lang, "escalation-level-3"),
        4 => tr!(lang, "escalation-level-4"),
        _ => tr!(lang, "escalation-level-5"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English names are the enums' own labels: one vocabulary, two homes.
    #[test]
    fn english_names_match_the_enum_labels() {
        let en = Lang::En;
        for d in Difficulty::ALL {
            assert_eq!(difficulty(en, d), d.label());
        }
        for o in [Outcome::Success, Outcome::Partial, Outcome::Defeat] {
            assert_eq!(outcome(en, Some(o)), o.label());
        }
        for k in [
            InjectKind::Situation,
            InjectKind::NewsFlash,
            InjectKind::IntelReport,
            InjectKind::PartnerRequest,
            InjectKind::Directive,
        ] {
            assert_eq!(inject_kind(en, k), k.label());
        }
        for a in InvestArea::ALL {
            assert_eq!(invest_area(en, a), a.label());
        }
        for s in Sector::ALL {
            assert_eq!(sector(en, s), s.label());
        }
        for k in Skill::ALL {
            assert_eq!(skill(en, k), k.label());
        }
        for l in 0..=6 {
            assert_eq!(escalation_level(en, l), crate::report::debrief::level_name(l));
        }
        assert_eq!(escalation_level(Lang::Ko, 3), "주의");
    }
}
