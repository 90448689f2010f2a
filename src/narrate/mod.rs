//! The narrator: the only place events and decisions become sentences.
//!
//! The rules emit [`Event`]s (indices and numbers); everything a person reads
//! about them is written here, in the language asked for, from the Fluent
//! messages of `assets/i18n/*/narration.ftl`. Names (nations, incidents,
//! injects) come from the scenario as loaded, so a Korean overlay makes them
//! Korean too. Nothing outside this module (and its tests) reads the prose
//! back: consumers match on the events.

mod decision;
pub mod labels;
pub mod net;
mod refusal;
mod trigger;

pub use decision::decision;
pub use refusal::{action_error, decision_error};
pub use trigger::trigger;

use crate::i18n::{Arg, Lang};
use crate::scenario::{Scenario, Text};
use crate::sim::AdversaryMode;
use crate::sim::event::{
    Adjudicated, Answer, DetectedBy, EndReason, Event, Explanation, InvestigationMode, LogEntry, Motive,
    Payoff, TrustReason,
};
use crate::tr;

/// A number rounded to whole units, as the log writes most quantities.
fn n0(v: f64) -> Arg<'static> {
    Arg::num(v, 0)
}

/// The one line a log entry reads as.
pub fn entry(lang: Lang, s: &Scenario, e: &LogEntry) -> String {
    event(lang, s, e.nation, &e.event)
}

/// The English line as format-1 and format-2 saves hashed it: [`entry`], but
/// for a turn's time label, which then read "Mon 06:00 KST · Day 2 +06h".
pub fn legacy_entry(s: &Scenario, e: &LogEntry) -> String {
    match e.event {
        Event::TurnBegins { turn } => {
            let time = crate::scenario::clock::legacy_label(&s.def.start_label, s.def.hours_per_turn, turn);
            format!("Turn {turn} of {} — {time}", s.def.turns)
        }
        _ => entry(Lang::En, s, e),
    }
}

/// The sentence for an event; `nation` is the entry's nation.
pub fn event(lang: Lang, s: &Scenario, nation: Option<usize>, ev: &Event) -> String {
    let l = lang;
    let d = &s.def;
    // Every name in the scenario's prose of `l` (English where it has none).
    let short = |n: usize| s.text(l, Text::NationShort(n));
    let agency = |g: usize| nation.map_or("?", |n| s.text(l, Text::Agency { nation: n, agency: g }));
    let me = nation.map_or("?", short);
    let inc = |i: usize| s.text(l, Text::Incident(i));
    let asset = |a: usize| s.text(l, Text::Asset(a));
    let actor = |a: usize| s.text(l, Text::Actor(a));
    let inject = |i: usize| s.text(l, Text::InjectTitle(i));
    let stage = |i: usize, k: usize| s.text(l, Text::Stage { incident: i, stage: k });
    let third_state = |t: usize| s.text(l, Text::ThirdState(t));
    let target = |i: usize| asset(s.incident_target[i]);
    let who = |joint: bool| if joint { tr!(l, "narration-allies-jointly") } else { me.to_string() };
    use Event as E;
    match ev {
        E::Begins { seed, difficulty } => tr!(
            l,
            "narration-begins",
            title = s.text(l, Text::Title),
            seed = *seed,
            difficulty = labels::difficulty(l, *difficulty)
        ),
        E::TurnBegins { turn } => {
            tr!(l, "narration-turn-begins", turn = *turn, turns = d.turns, time = s.time_label(l, *turn))
        }
        E::Rationale { text } => tr!(l, "narration-rationale", text = text),
        E::Motive(m) => tr!(l, "narration-rationale", text = motive(l, s, nation, m)),
        E::Note { text } => text.clone(),
        E::HotlineMessage { text } => tr!(l, "narration-hotline-message", nation = me, text = text),
        E::Explained(x) => explanation(l, s, nation, x),
        E::FacilitatorFires { inject: i } => tr!(l, "narration-facilitator-fires", inject = inject(*i)),
        E::FacilitatorHolds { inject: i, hold: true } => {
            tr!(l, "narration-facilitator-holds", inject = inject(*i))
        }
        E::FacilitatorHolds { inject: i, hold: false } => {
            tr!(l, "narration-facilitator-releases", inject = inject(*i))
        }
        E::FacilitatorSkips { inject: i } => tr!(l, "narration-facilitator-skips", inject = inject(*i)),
        E::Adjudicated { what, reason } => {
            let what = match what {
                Adjudicated::Service { asset: a, value } => {
                    tr!(l, "narration-adjudicated-service", asset = asset(*a), value = n0(*value))
                }
                Adjudicated::Trust(value) => tr!(l, "narration-adjudicated-trust", value = n0(*value)),
                Adjudicated::Escalation { value, level } => {
                    tr!(l, "narration-adjudicated-escalation", value = n0(*value), level = *level)
                }
                Adjudicated::Stage { incident, stage: k } => tr!(
                    l,
                    "narration-adjudicated-stage",
                    incident = inc(*incident),
                    stage = stage(*incident, *k)
                ),
            };
            tr!(l, "narration-adjudicated", what = what, reason = reason)
        }
        E::InjectFired { inject: i } => {
            tr!(
                l,
                "narration-inject-fired",
                kind = labels::inject_kind(l, d.injects[*i].kind),
                title = inject(*i),
                text = s.text(l, Text::InjectText(*i))
            )
        }
        E::ChoiceMade { inject: i, choice, by_default } => {
            let choice = s.text(l, Text::Choice { inject: *i, choice: *choice });
            if *by_default {
                tr!(l, "narration-choice-default", inject = inject(*i), choice = choice)
            } else {
                tr!(l, "narration-choice-made", inject = inject(*i), choice = choice)
            }
        }
        E::IncidentBegins { incident: i } => tr!(
            l,
            "narration-incident-begins",
            incident = inc(*i),
            actor = actor(s.incident_actor[*i]),
            asset = target(*i),
            stage = stage(*i, 0)
        ),
        E::Matured { nation: n, payoff } => {
            let nation = short(*n);
            match payoff {
                Payoff::Monitoring(v) => tr!(l, "narration-pays-monitoring", nation = nation, value = n0(*v)),
                Payoff::Skill(v) => tr!(l, "narration-pays-skill", nation = nation, value = n0(*v)),
                Payoff::Capacity { agency } => tr!(
                    l,
                    "narration-pays-capacity",
                    nation = nation,
                    agency = s.text(l, Text::Agency { nation: *n, agency: *agency })
                ),
                Payoff::Trust(v) => tr!(l, "narration-pays-trust", value = n0(*v)),
            }
        }
        E::AssistanceAnswered { third, actor: a, answer, .. } => {
            let third = third_state(*third);
            let actor = actor(*a);
            match answer {
                Answer::Declines { chance } => tr!(
                    l,
                    "narration-assistance-declines",
                    third = third,
                    actor = actor,
                    chance = n0(chance.min(1.0) * 100.0)
                ),
                Answer::NothingFound => tr!(l, "narration-assistance-nothing", third = third, actor = actor),
                Answer::Acts => tr!(l, "narration-assistance-acts", third = third, actor = actor),
                Answer::TakesDown { cut } => {
                    tr!(l, "narration-assistance-takes-down", third = third, actor = actor, cut = n0(*cut))
                }
                Answer::Shelters { evidence, until } => tr!(
                    l,
                    "narration-assistance-shelters",
                    third = third,
                    actor = actor,
                    evidence = n0(evidence * 100.0),
                    until = *until
                ),
                Answer::BarredByLaw { evidence } => tr!(
                    l,
                    "narration-assistance-barred",
                    third = third,
                    actor = actor,
                    evidence = n0(evidence * 100.0)
                ),
            }
        }
        E::InvestigationProgress { incident, gain, mode, progress } => {
            let how = match mode {
                InvestigationMode::National => tr!(l, "narration-investigation-national"),
                InvestigationMode::Joint { trust, synced: false } => {
                    tr!(l, "narration-investigation-joint", trust = n0(*trust))
                }
                InvestigationMode::Joint { trust, synced: true } => {
                    tr!(l, "narration-investigation-joint-synced", trust = n0(*trust))
                }
                InvestigationMode::Unmatched => tr!(l, "narration-investigation-unmatched"),
            };
            tr!(
                l,
                "narration-investigation",
                incident = inc(*incident),
                gain = n0(*gain),
                how = how,
                progress = n0(*progress)
            )
        }
        E::Attributed { incident } => {
            let a = s.incident_actor[*incident];
            let origin = s.actor_third_state[a].map_or(d.actors[a].origin.as_str(), third_state);
            tr!(l, "narration-attributed", incident = inc(*incident), actor = actor(a), origin = origin)
        }
        E::Contained { incident } => tr!(l, "narration-contained", incident = inc(*incident)),
        E::HuntDrivesOut { asset: a, incident, gain } => tr!(
            l,
            "narration-hunt-drives-out",
            asset = asset(*a),
            incident = inc(*incident),
            gain = n0(*gain)
        ),
        E::AdversaryShifts { actor: a, mode, weaker } => {
            let name = actor(*a);
            match mode {
                AdversaryMode::Script => tr!(l, "narration-adversary-script", actor = name),
                AdversaryMode::Pivot => tr!(l, "narration-adversary-pivot", actor = name),
                AdversaryMode::Quiet => tr!(l, "narration-adversary-quiet", actor = name),
                AdversaryMode::Press => {
                    tr!(l, "narration-adversary-press", actor = name, nation = short(*weaker))
                }
            }
        }
        E::StageReached { incident: i, stage: k, service_loss, data_stolen, ip_stolen } => {
            let mut text = tr!(
                l,
                "narration-stage-reached",
                incident = inc(*i),
                stage = stage(*i, *k),
                asset = target(*i)
            );
            if *service_loss > 0 {
                text += &tr!(l, "narration-stage-service", loss = *service_loss);
            }
            if *data_stolen > 0 {
                text += &tr!(l, "narration-stage-records", records = *data_stolen);
            }
            if *ip_stolen > 0 {
                text += &tr!(l, "narration-stage-ip", millions = *ip_stolen);
            }
            text
        }
        E::Exfiltrates { incident: i, data_stolen, ip_stolen } => {
            let mut text = tr!(l, "narration-exfiltrates", incident = inc(*i), asset = target(*i));
            if *data_stolen > 0 {
                text += &tr!(l, "narration-stage-records", records = *data_stolen);
            }
            if *ip_stolen > 0 {
                text += &tr!(l, "narration-stage-ip", millions = *ip_stolen);
            }
            text
        }
        E::PublicAsks { pressure } => tr!(l, "narration-public-asks", pressure = n0(*pressure)),
        E::Withheld { nation: p, actor: a, victim, trust } => tr!(
            l,
            "narration-withheld",
            nation = short(*p),
            actor = actor(*a),
            victim = short(*victim),
            trust = n0(-trust)
        ),
        E::Detected { incident: i, nation: n, stage: k, by } => {
            let by = match by {
                DetectedBy::Monitoring => tr!(l, "narration-detected-by-monitoring"),
                DetectedBy::SharedIndicators => tr!(l, "narration-detected-by-shared"),
                DetectedBy::Hunt => tr!(l, "narration-detected-by-hunt"),
            };
            tr!(
                l,
                "narration-detected",
                nation = short(*n),
                incident = inc(*i),
                asset = target(*i),
                stage = stage(*i, *k),
                by = by
            )
        }
        E::EscalationChanges { level, rises, impact, damaging, joint, synced } => {
            let (impact, damaging, joint) = (n0(impact * 100.0), n0(*damaging), n0(*joint));
            let mut text = if *rises {
                tr!(
                    l,
                    "narration-escalation-rises",
                    level = *level,
                    impact = impact,
                    damaging = damaging,
                    joint = joint
                )
            } else {
                tr!(
                    l,
                    "narration-escalation-falls",
                    level = *level,
                    impact = impact,
                    damaging = damaging,
                    joint = joint
                )
            };
            if *synced {
                text += &tr!(l, "narration-escalation-synced");
            }
            text
        }
        E::Ends { reason, outcome, score } => {
            let reason = match reason {
                EndReason::Defeat(k) => tr!(l, "narration-ends-defeat", number = k + 1),
                EndReason::LastTurn => tr!(l, "narration-ends-last-turn"),
                EndReason::AllResolved => tr!(l, "narration-ends-all-resolved"),
            };
            tr!(
                l,
                "narration-ends",
                reason = reason,
                outcome = labels::outcome(l, Some(*outcome)),
                score = Arg::num(*score, 1)
            )
        }
        E::Shared { agency: g, incident, with, delay, detection, trust } => tr!(
            l,
            "narration-shared",
            agency = agency(*g),
            incident = inc(*incident),
            partner = short(*with),
            delay = *delay,
            actor = actor(s.incident_actor[*incident]),
            detection = n0(detection * 100.0),
            trust = n0(*trust)
        ),
        E::Investigates { agency: g, incident, joint: false } => {
            tr!(l, "narration-investigates", agency = agency(*g), nation = me, incident = inc(*incident))
        }
        E::Investigates { agency: g, incident, joint: true } => {
            tr!(
                l,
                "narration-investigates-joint",
                agency = agency(*g),
                nation = me,
                incident = inc(*incident)
            )
        }
        E::HuntArranged { agency: g, asset: a, start } => tr!(
            l,
            "narration-hunt-arranged",
            agency = agency(*g),
            asset = asset(*a),
            start = *start,
            end = start + 2
        ),
        E::HotlineCall { sync_until } => {
            tr!(l, "narration-hotline-call", channel = s.hotline_name(l), nation = me, until = *sync_until)
        }
        E::HotlineWeighed { sync_until, relief, trust, weight, small } => {
            let mut text = tr!(
                l,
                "narration-hotline-weighed",
                channel = s.hotline_name(l),
                nation = me,
                until = *sync_until,
                relief = n0(*relief),
                trust = Arg::num(*trust, 1)
            );
            if *small {
                text += &tr!(l, "narration-hotline-small", weight = n0(weight * 100.0));
            }
            text
        }
        E::SourceBurned { actor: a, with, until } => tr!(
            l,
            "narration-source-burned",
            nation = me,
            actor = actor(*a),
            partner = short(*with),
            until = *until
        ),
        E::IntelCleared { nation: n, actor: a, detection } => tr!(
            l,
            "narration-intel-cleared",
            actor = actor(*a),
            nation = short(*n),
            detection = n0(detection * 100.0)
        ),
        E::Hardened { agency: g, asset: a, level } => {
            tr!(l, "narration-hardened", agency = agency(*g), asset = asset(*a), level = n0(*level))
        }
        E::Isolated { agency: g, asset: a } => {
            tr!(l, "narration-isolated", agency = agency(*g), asset = asset(*a))
        }
        E::Restored { agency: g, asset: a, gain, intruder, resolved } => {
            let (agency, asset, gain) = (agency(*g), asset(*a), n0(*gain));
            let mut text = if *intruder {
                tr!(l, "narration-restored-partial", agency = agency, asset = asset, gain = gain)
            } else {
                tr!(l, "narration-restored", agency = agency, asset = asset, gain = gain)
            };
            if !resolved.is_empty() {
                let names: Vec<&str> = resolved.iter().map(|&k| inc(k)).collect();
                text += &tr!(l, "narration-restored-resolved", incidents = names.join(", "));
            }
            text
        }
        E::AssistanceRequested { third, actor: a } => {
            tr!(
                l,
                "narration-assistance-requested",
                nation = me,
                third = third_state(*third),
                actor = actor(*a)
            )
        }
        E::WrongAttribution { incident, joint, confidence } => tr!(
            l,
            "narration-wrong-attribution",
            who = who(*joint),
            incident = inc(*incident),
            confidence = n0(confidence * 100.0)
        ),
        E::PublicAttribution { incident, joint, deterrence, not_consulted } => {
            let mut text = tr!(
                l,
                "narration-public-attribution",
                who = who(*joint),
                incident = inc(*incident),
                actor = actor(s.incident_actor[*incident]),
                deterrence = n0(deterrence * 100.0)
            );
            if *joint {
                text += &tr!(l, "narration-public-attribution-joint");
            } else {
                text += &tr!(l, "narration-public-attribution-alone");
                for &p in not_consulted {
                    text += &tr!(l, "narration-not-consulted", nation = short(p));
                }
            }
            text
        }
        E::Invested { agency: g, area, pays_on } => tr!(
            l,
            "narration-invested",
            agency = agency(*g),
            area = labels::invest_area(l, *area),
            turn = *pays_on
        ),
    }
}

/// Trust as the partner AI cites it.
pub fn trust_reason(lang: Lang, t: &TrustReason) -> String {
    match t.withheld_turn {
        Some(turn) => tr!(lang, "narration-trust-withheld", trust = n0(t.trust), turn = turn),
        None => tr!(lang, "narration-trust", trust = n0(t.trust)),
    }
}

/// A program player's why for a move it made, in its own voice.
pub fn motive(lang: Lang, s: &Scenario, nation: Option<usize>, m: &Motive) -> String {
    let l = lang;
    let me = nation.map_or("?", |n| s.text(l, Text::NationShort(n)));
    let inc = |i: usize| s.text(l, Text::Incident(i));
    let asset = |a: usize| s.text(l, Text::Asset(a));
    match m {
        Motive::IsolatesOwn => tr!(l, "motive-isolates-own", nation = me),
        Motive::InvestigatesOwn => tr!(l, "motive-investigates-own", nation = me),
        Motive::RestoresOwn => tr!(l, "motive-restores-own", nation = me),
        Motive::JoinsJoint { incident, trust } => tr!(
            l,
            "motive-joins-joint",
            nation = me,
            incident = inc(*incident),
            reason = trust_reason(l, trust)
        ),
        Motive::Shares { incident, with, trust } => tr!(
            l,
            "motive-shares",
            nation = me,
            incident = inc(*incident),
            with = s.text(l, Text::NationShort(*with)),
            reason = trust_reason(l, trust)
        ),
        Motive::CallsHotline { level } => tr!(l, "motive-calls-hotline", nation = me, level = *level),
        Motive::AsksThirdState { third, actor } => tr!(
            l,
            "motive-asks-third-state",
            nation = me,
            third = s.text(l, Text::ThirdState(*third)),
            actor = s.text(l, Text::Actor(*actor))
        ),
        Motive::AsksHunt { asset: a } => tr!(l, "motive-asks-hunt", nation = me, asset = asset(*a)),
        Motive::InvestsWorkforce => tr!(l, "motive-invests-workforce", nation = me),
        Motive::Hardens { asset: a } => tr!(l, "motive-hardens", nation = me, asset = asset(*a)),
    }
}

/// A program player's explanation, in its own voice.
pub fn explanation(lang: Lang, s: &Scenario, nation: Option<usize>, x: &Explanation) -> String {
    let l = lang;
    let short = |n: usize| s.text(l, Text::NationShort(n));
    let me = nation.map_or("?", short);
    let inc = |i: usize| s.text(l, Text::Incident(i));
    match x {
        Explanation::CannotJoin { incident, other } => {
            tr!(l, "narration-cannot-join", nation = me, incident = inc(*incident), other = short(*other))
        }
        Explanation::NoInvestigators { incident } => {
            tr!(l, "narration-no-investigators", nation = me, incident = inc(*incident))
        }
        Explanation::DeclinesJoin { incident, trust } => tr!(
            l,
            "narration-declines-join",
            nation = me,
            incident = inc(*incident),
            reason = trust_reason(l, trust)
        ),
        Explanation::DeclinesShare { incident, trust } => tr!(
            l,
            "narration-declines-share",
            nation = me,
            incident = inc(*incident),
            reason = trust_reason(l, trust)
        ),
    }
}

/// The whole log as (entry, line) pairs, in order.
pub fn log<'a>(lang: Lang, s: &Scenario, log: &'a [LogEntry]) -> Vec<(&'a LogEntry, String)> {
    log.iter().map(|e| (e, entry(lang, s, e))).collect()
}
