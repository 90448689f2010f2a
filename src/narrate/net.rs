//! A networked exercise's refusals in a seat's language: the host sends them
//! typed ([`Refusal`], [`Rejection`]) and each seat words them here, so a
//! Korean team and an English one each read their own.

use super::refusal::decision_error;
use crate::i18n::Lang;
use crate::net::{Refusal, Rejection, SeatClaim};
use crate::scenario::Scenario;
use crate::tr;

/// A seat's name: a nation's id as the scenario writes it, or the role.
pub fn seat(lang: Lang, c: &SeatClaim) -> String {
    match c {
        SeatClaim::Nation(id) => id.clone(),
        SeatClaim::Facilitator => tr!(lang, "net-seat-facilitator"),
        SeatClaim::Projector => tr!(lang, "net-seat-projector"),
        SeatClaim::Observer => tr!(lang, "net-seat-observer"),
    }
}

/// Why the host refused this connection's seat.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    let l = lang;
    match r {
        Refusal::NoSuchNation { id, nations } => {
            tr!(l, "net-refusal-no-such-nation", id = id, nations = nations.join(", "))
        }
        Refusal::PlayedByAi(c) => tr!(l, "net-refusal-played-by-ai", seat = seat(l, c)),
        Refusal::Taken(c) => tr!(l, "net-refusal-taken", seat = seat(l, c)),
        Refusal::ClaimFirst => tr!(l, "net-refusal-claim-first"),
        Refusal::AlreadySeated => tr!(l, "net-refusal-already-seated"),
    }
}

/// Why the host did not apply a decision; rule refusals name things as `s` does.
pub fn rejection(lang: Lang, s: &Scenario, r: &Rejection) -> String {
    let l = lang;
    match r {
        Rejection::Watches => tr!(l, "net-rejection-watches"),
        Rejection::FacilitatorActs => tr!(l, "net-rejection-facilitator-acts"),
        Rejection::NotYours { nation } => tr!(l, "net-rejection-not-yours", nation = nation),
        Rejection::NotNetworked => tr!(l, "net-rejection-not-networked"),
        Rejection::Paused => tr!(l, "net-rejection-paused"),
        Rejection::Rules(e) => decision_error(l, s, e),
    }
}

/// Who is still planning, for every networked screen:
/// "US: planning… · ROK: done · countdown 2:41" (`countdown`: seconds left);
/// a nation the partner AI plays (`partner_ai[n]`) says so instead.
pub fn planning(
    lang: Lang,
    s: &Scenario,
    planning: &[bool],
    partner_ai: &[bool],
    countdown: Option<u64>,
) -> String {
    let l = lang;
    let mut parts: Vec<String> = (0..s.nations())
        .map(|n| {
            let nation = s.text(l, crate::scenario::Text::NationShort(n));
            if partner_ai.get(n).copied().unwrap_or(false) {
                tr!(l, "net-planning-ai", nation = nation)
            } else if planning.get(n).copied().unwrap_or(false) {
                tr!(l, "net-planning-planning", nation = nation)
            } else {
                tr!(l, "net-planning-done", nation = nation)
            }
        })
        .collect();
    if let Some(secs) = countdown {
        let time = format!("{}:{:02}", secs / 60, secs % 60);
        parts.push(tr!(l, "net-planning-countdown", time = time));
    }
    parts.join(" · ")
}
