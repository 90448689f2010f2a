//! The narrator: the only place events and decisions become sentences.
//!
//! The rules emit [`Event`]s (indices and numbers); everything a person reads
//! about them is written here, in English. A second language is a second
//! narrator with the same functions. Nothing outside this module (and its
//! tests) reads the prose back: consumers match on the events.

use crate::scenario::Scenario;
use crate::sim::event::{
    Adjudicated, Answer, DetectedBy, EndReason, Event, Explanation, InvestigationMode, LogEntry, Payoff,
    TrustReason,
};
use crate::sim::{ActionKind, AdjudicationTarget, AdversaryMode, Decision};
use std::fmt::Write as _;

/// The one line a log entry reads as.
pub fn entry(s: &Scenario, e: &LogEntry) -> String {
    event(s, e.nation, &e.event)
}

/// The sentence for an event; `nation` is the entry's nation.
pub fn event(s: &Scenario, nation: Option<usize>, ev: &Event) -> String {
    let d = &s.def;
    let short = |n: usize| d.nations[n].short.as_str();
    let agency = |g: usize| nation.map_or("?", |n| d.nations[n].agencies[g].name.as_str());
    let me = nation.map_or("?", short);
    let inc = |i: usize| d.incidents[i].name.as_str();
    let asset = |a: usize| d.assets[a].name.as_str();
    let actor = |a: usize| d.actors[a].name.as_str();
    let inject = |i: usize| d.injects[i].title.as_str();
    use Event as E;
    match ev {
        E::Begins { seed, difficulty } => {
            format!("Exercise begins: {} (seed {seed}, {} difficulty)", d.title, difficulty.label())
        }
        E::TurnBegins { turn } => format!("Turn {turn} of {} — {}", d.turns, s.time_label(*turn)),
        E::Rationale { text } => format!("  rationale: {text}"),
        E::Note { text } => text.clone(),
        E::Explained(x) => explanation(s, nation, x),
        E::FacilitatorFires { inject: i } => format!("Facilitator fires inject \"{}\" now", inject(*i)),
        E::FacilitatorHolds { inject: i, hold } => {
            let what = if *hold { "holds" } else { "releases" };
            format!("Facilitator {what} inject \"{}\"", inject(*i))
        }
        E::FacilitatorSkips { inject: i } => format!("Facilitator skips inject \"{}\"", inject(*i)),
        E::Adjudicated { what, reason } => {
            let text = match what {
                Adjudicated::Service { asset: a, value } => {
                    format!("service of {} set to {value:.0}", asset(*a))
                }
                Adjudicated::Trust(value) => format!("alliance trust set to {value:.0}"),
                Adjudicated::Escalation { value, level } => {
                    format!("escalation pressure set to {value:.0} (level {level})")
                }
                Adjudicated::Stage { incident, stage } => format!(
                    "{} moved to stage \"{}\"",
                    inc(*incident),
                    d.incidents[*incident].stages[*stage].name
                ),
            };
            format!("Adjudication: {text} — reason: {reason}")
        }
        E::InjectFired { inject: i } => {
            let def = &d.injects[*i];
            format!("{}: {} — {}", def.kind.label(), def.title, def.text)
        }
        E::ChoiceMade { inject: i, choice, by_default } => {
            let how = if *by_default { "no decision taken; default applies" } else { "decision" };
            format!("{} ({how}): {}", inject(*i), d.injects[*i].choices[*choice].label)
        }
        E::IncidentBegins { incident } => format!(
            "{} begins: {} against {} (stage \"{}\")",
            inc(*incident),
            actor(s.incident_actor[*incident]),
            asset(s.incident_target[*incident]),
            d.incidents[*incident].stages[0].name
        ),
        E::Matured { nation: n, payoff } => {
            let short = short(*n);
            match payoff {
                Payoff::Monitoring(v) => format!("{short} R&D pays off: monitoring +{v:.0} on every asset"),
                Payoff::Skill(v) => format!("{short} education pays off: agency skills +{v:.0}"),
                Payoff::Capacity { agency } => format!(
                    "{short} workforce development pays off: {} +1 action point per turn",
                    d.nations[*n].agencies[*agency].name
                ),
                Payoff::Trust(v) => format!("Cyber Policy Consultations conclude: trust +{v:.0}"),
            }
        }
        E::AssistanceAnswered { third, actor: a, answer, .. } => {
            let t = &d.third_states[*third].name;
            let actor_name = actor(*a);
            match answer {
                Answer::Declines { chance } => format!(
                    "{t} declines to act against {actor_name} (chance was {:.0}%)",
                    chance.min(1.0) * 100.0
                ),
                Answer::NothingFound => {
                    format!("{t} agrees to help but finds no activity by {actor_name} on its territory")
                }
                Answer::Acts => format!(
                    "{t} acts on the request: infrastructure used by {actor_name} seized, its capability −40% and the evidence handed over"
                ),
                Answer::BarredByLaw { evidence } => format!(
                    "{t} answers that its domestic law does not let it act against {actor_name} on the evidence given ({:.0}% investigated): norm 3 asks only what is consistent with its law",
                    evidence * 100.0
                ),
            }
        }
        E::InvestigationProgress { incident, gain, mode, progress } => {
            let how = match mode {
                InvestigationMode::National => "national".to_string(),
                InvestigationMode::Joint { trust, synced } => {
                    format!("joint, trust {trust:.0}{}", if *synced { ", hotline sync" } else { "" })
                }
                InvestigationMode::Unmatched => {
                    "joint offer not matched by the partner; national rate".into()
                }
            };
            format!("Investigation of {}: +{gain:.0} ({how}) → {progress:.0}%", inc(*incident))
        }
        E::Attributed { incident } => {
            let a = s.incident_actor[*incident];
            let origin = s.actor_third_state[a]
                .map_or(d.actors[a].origin.as_str(), |t| d.third_states[t].name.as_str());
            format!("{} attributed to {} operating from {origin}", inc(*incident), actor(a))
        }
        E::Contained { incident } => format!("{} contained: the intruder is evicted", inc(*incident)),
        E::HuntDrivesOut { asset: a, incident, gain } => {
            format!("Mil-to-mil hunt on {} drives out {}: +{gain:.0}", asset(*a), inc(*incident))
        }
        E::AdversaryShifts { actor: a, mode, weaker } => {
            let name = actor(*a);
            match mode {
                AdversaryMode::Script => format!("{name} follows its script"),
                AdversaryMode::Pivot => {
                    format!("{name} is burned on one target and shifts effort to its intrusions still hidden")
                }
                AdversaryMode::Quiet => {
                    format!("{name} goes quiet after being attributed: every intrusion slows")
                }
                AdversaryMode::Press => {
                    format!("{name}, unattributed, presses the weaker ally ({})", short(*weaker))
                }
            }
        }
        E::StageReached { incident, stage, service_loss, data_stolen, ip_stolen } => {
            let mut text = format!(
                "{} reaches \"{}\" on {}",
                inc(*incident),
                d.incidents[*incident].stages[*stage].name,
                asset(s.incident_target[*incident])
            );
            if *service_loss > 0 {
                let _ = write!(text, ": service −{service_loss}");
            }
            if *data_stolen > 0 {
                let _ = write!(text, ", {data_stolen}k records stolen");
            }
            if *ip_stolen > 0 {
                let _ = write!(text, ", ${ip_stolen}M of IP stolen");
            }
            text
        }
        E::Withheld { nation: p, actor: a, victim, trust } => format!(
            "{} knew of {}'s campaign and did not warn {}: trust −{:.0}",
            short(*p),
            actor(*a),
            short(*victim),
            -trust
        ),
        E::Detected { incident, nation: n, stage, by } => {
            let by = match by {
                DetectedBy::Monitoring => "monitoring",
                DetectedBy::SharedIndicators => "monitoring sharpened by shared indicators",
                DetectedBy::Hunt => "the combined mil-to-mil hunt",
            };
            format!(
                "{} detects {} on {} at stage \"{}\" through {by}",
                short(*n),
                inc(*incident),
                asset(s.incident_target[*incident]),
                d.incidents[*incident].stages[*stage].name
            )
        }
        E::EscalationChanges { level, rises, impact, damaging, joint, synced } => format!(
            "Escalation {} to level {level}: service impact {:.0}%, {damaging:.0} damaging intrusion(s), {joint:.0} joint action(s){}",
            if *rises { "rises" } else { "falls" },
            impact * 100.0,
            if *synced { ", hotline sync" } else { "" }
        ),
        E::Ends { reason, outcome, score } => {
            let reason = match reason {
                EndReason::Defeat(k) => format!("defeat condition {} met", k + 1),
                EndReason::LastTurn => "last turn played".to_string(),
                EndReason::AllResolved => "every incident resolved".to_string(),
            };
            format!("Exercise over ({reason}): {} — score {score:.1}", outcome.label())
        }
        E::Shared { agency: g, incident, with, delay, detection, trust } => {
            let partner = short(*with);
            format!(
                "{} shares indicators of {} with {partner} ({delay} turn(s) after detection): {partner} detection of {} +{:.0}%, trust +{trust:.0}",
                agency(*g),
                inc(*incident),
                actor(s.incident_actor[*incident]),
                detection * 100.0
            )
        }
        E::Investigates { agency: g, incident, joint } => {
            let what = if *joint { "commits to a joint investigation of" } else { "investigates" };
            format!("{} ({me}) {what} {}", agency(*g), inc(*incident))
        }
        E::HuntArranged { agency: g, asset: a, start } => format!(
            "{} arranges a combined mil-to-mil hunt on {} (turns {start}–{})",
            agency(*g),
            asset(*a),
            start + 2
        ),
        E::HotlineCall { sync_until } => format!(
            "White House–Blue House hotline call from {me}: capitals in sync through turn {sync_until}, escalation −8, trust +5, known incidents pooled"
        ),
        E::HotlineWeighed { sync_until, relief, trust, weight, small } => {
            let mut text = format!(
                "White House–Blue House hotline call from {me}: capitals in sync through turn {sync_until}, escalation −{relief:.0}, trust +{trust:.1}, known incidents pooled"
            );
            if *small {
                let _ = write!(
                    text,
                    "; called with no harm known and escalation low, the channel loses weight ({:.0}% left)",
                    weight * 100.0
                );
            }
            text
        }
        E::SourceBurned { actor: a, with, until } => format!(
            "{me}'s source on {} is burned in the handling by {}: the actor rotates its infrastructure and its hidden intrusions are harder to detect through turn {until}; trust −3",
            actor(*a),
            short(*with)
        ),
        E::IntelCleared { nation: n, actor: a, detection } => format!(
            "Indicators on {} clear classification review and reach {} defenders: detection +{:.0}%",
            actor(*a),
            short(*n),
            detection * 100.0
        ),
        E::Hardened { agency: g, asset: a, level } => format!(
            "{} hardens {} (hardening {level:.0}, −5 service during maintenance)",
            agency(*g),
            asset(*a)
        ),
        E::Isolated { agency: g, asset: a } => {
            format!("{} isolates {}: intrusions frozen, service capped at 50", agency(*g), asset(*a))
        }
        E::Restored { agency: g, asset: a, gain, intruder, resolved } => {
            let why = if *intruder { " (intruder still active: partial)" } else { "" };
            let mut text = format!("{} restores {}: service +{gain:.0}{why}", agency(*g), asset(*a));
            if !resolved.is_empty() {
                let names: Vec<&str> = resolved.iter().map(|&k| inc(k)).collect();
                let _ = write!(text, "; resolved {}", names.join(", "));
            }
            text
        }
        E::AssistanceRequested { third, actor: a } => format!(
            "{me} asks {} for assistance against {} under norm 3 (answer next turn)",
            d.third_states[*third].name,
            actor(*a)
        ),
        E::WrongAttribution { incident, joint, confidence } => format!(
            "{} publicly blame the wrong party for {} (evidence at {:.0}%): the claim collapses, escalation +15, trust −8",
            who(*joint, me),
            inc(*incident),
            confidence * 100.0
        ),
        E::PublicAttribution { incident, joint, deterrence, not_consulted } => {
            let mut text = format!(
                "{} attribute {} to {} and invoke the UN GGE norms: actor slowed {:.0}%",
                who(*joint, me),
                inc(*incident),
                actor(s.incident_actor[*incident]),
                deterrence * 100.0
            );
            if *joint {
                text.push_str(", escalation −3, trust +3");
            } else {
                text.push_str(", escalation +3");
                for &p in not_consulted {
                    let _ = write!(text, "; {} not consulted: trust −4", short(p));
                }
            }
            text
        }
        E::Invested { agency: g, area, pays_on } => {
            format!("{} invests in {} (pays off on turn {pays_on})", agency(*g), area.label())
        }
    }
}

fn who(joint: bool, me: &str) -> String {
    if joint { "The allies jointly".to_string() } else { me.to_string() }
}

/// Trust as the partner AI cites it.
pub fn trust_reason(t: &TrustReason) -> String {
    match t.withheld_turn {
        Some(turn) => format!("trust {:.0} after a withheld warning on turn {turn}", t.trust),
        None => format!("trust {:.0}", t.trust),
    }
}

/// A program player's explanation, in its own voice.
pub fn explanation(s: &Scenario, nation: Option<usize>, x: &Explanation) -> String {
    let d = &s.def;
    let short = nation.map_or("?", |n| d.nations[n].short.as_str());
    match x {
        Explanation::CannotJoin { incident, other } => format!(
            "{short} cannot join the investigation of {}: {} has not shared it",
            d.incidents[*incident].name, d.nations[*other].short
        ),
        Explanation::NoInvestigators { incident } => format!(
            "{short} would join the investigation of {} but has no investigators left this turn",
            d.incidents[*incident].name
        ),
        Explanation::DeclinesJoin { incident, trust } => format!(
            "{short} declines to join the investigation of {}: {}",
            d.incidents[*incident].name,
            trust_reason(trust)
        ),
        Explanation::DeclinesShare { incident, trust } => {
            format!("{short} declines to share {}: {}", d.incidents[*incident].name, trust_reason(trust))
        }
    }
}

/// The whole log as (entry, line) pairs, in order.
pub fn log<'a>(s: &Scenario, log: &'a [LogEntry]) -> Vec<(&'a LogEntry, String)> {
    log.iter().map(|e| (e, entry(s, e))).collect()
}

/// A decision in words, with the nation it concerns ("" for facilitator and
/// room decisions): the debrief, the key decisions and the reports' decision table.
pub fn decision(s: &Scenario, d: &Decision) -> (String, String) {
    let incident =
        |id: &str| s.incident_ix.get(id).map_or(id.to_string(), |&i| s.def.incidents[i].name.clone());
    let asset = |id: &str| s.asset_ix.get(id).map_or(id.to_string(), |&i| s.def.assets[i].name.clone());
    let nation = |id: &str| s.nation_ix.get(id).map_or(id.to_string(), |&i| s.def.nations[i].short.clone());
    let inject = |id: &str| s.inject_ix.get(id).map_or(id.to_string(), |&i| s.def.injects[i].title.clone());
    match d {
        Decision::Act { action, .. } => {
            let agency = s
                .nation_ix
                .get(&action.nation)
                .and_then(|&n| s.def.nations[n].agencies.iter().find(|g| g.id == action.agency))
                .map_or(action.agency.clone(), |g| g.name.clone());
            let what = match &action.kind {
                ActionKind::ShareIntel { incident: i, with } => {
                    format!("shares {} with {}", incident(i), nation(with))
                }
                ActionKind::Investigate(i) => format!("investigates {}", incident(i)),
                ActionKind::JointInvestigation(i) => {
                    format!("commits to a joint investigation of {}", incident(i))
                }
                ActionKind::MilitaryCooperation(a) => {
                    format!("arranges a mil-to-mil joint hunt on {}", asset(a))
                }
                ActionKind::Hotline => "calls the White House–Blue House hotline".to_string(),
                ActionKind::Harden(a) => format!("hardens {}", asset(a)),
                ActionKind::Isolate(a) => format!("isolates {}", asset(a)),
                ActionKind::Restore(a) => format!("restores {}", asset(a)),
                ActionKind::RequestAssistance { third_state, actor } => format!(
                    "asks {} for assistance against {}",
                    s.third_ix
                        .get(third_state)
                        .map_or(third_state.clone(), |&t| s.def.third_states[t].name.clone()),
                    s.actor_ix.get(actor).map_or(actor.clone(), |&a| s.def.actors[a].name.clone())
                ),
                ActionKind::AttributePublicly { incident: i, joint } => {
                    format!("attributes {} publicly{}", incident(i), if *joint { " (jointly)" } else { "" })
                }
                ActionKind::Invest(area) => format!("invests in {}", area.label()),
            };
            (nation(&action.nation), format!("{agency} {what}"))
        }
        Decision::Choose { inject: i, choice } => {
            let label = s
                .inject_ix
                .get(i)
                .and_then(|&k| s.def.injects[k].choices.get(*choice))
                .map_or(format!("option {}", choice + 1), |c| c.label.clone());
            (String::new(), format!("Room decides on \"{}\": {label}", inject(i)))
        }
        Decision::EndTurn => (String::new(), "End of turn".to_string()),
        Decision::FireInject(i) => (String::new(), format!("Facilitator fires \"{}\"", inject(i))),
        Decision::HoldInject { inject: i, hold } => (
            String::new(),
            format!("Facilitator {} \"{}\"", if *hold { "holds" } else { "releases" }, inject(i)),
        ),
        Decision::Adjudicate { target, value, reason } => {
            let what = match target {
                AdjudicationTarget::Service(a) => format!("service of {} set to {value:.0}", asset(a)),
                AdjudicationTarget::Trust => format!("alliance trust set to {value:.0}"),
                AdjudicationTarget::Escalation => format!("escalation pressure set to {value:.0}"),
                AdjudicationTarget::Stage(i) => {
                    format!("{} moved to stage {}", incident(i), *value as usize + 1)
                }
            };
            (String::new(), format!("Facilitator adjudicates: {what} — reason: {reason}"))
        }
        Decision::SkipInject(i) => {
            (String::new(), format!("Facilitator drops \"{}\" from the exercise", inject(i)))
        }
        Decision::Note { nation: n, text } => {
            (n.as_deref().map_or(String::new(), nation), format!("Note: {text}"))
        }
        Decision::Explain { nation: n, why } => {
            let ix = s.nation_ix.get(n).copied();
            (nation(n), ix.map_or_else(|| format!("{why:?}"), |k| explanation(s, Some(k), why)))
        }
    }
}
