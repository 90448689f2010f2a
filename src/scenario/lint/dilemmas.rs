//! Lints for the dilemmas a scenario offers (issue 12, docs/dilemmas.md):
//! an agency that alone in its nation holds a family's skill but never has
//! the points to use it (static), and, by simulation, a scenario where the
//! cooperative style does not beat the unilateral one, and an inject whose
//! default choice is the best one whatever the policy (no dilemma at all).

use super::*;

/// Each agency that is the only one of its nation with the skill a family
/// needs, whose capacity is below the family's cost and cannot grow to it in
/// time (investing in its workforce adds a point two turns later, and needs
/// the points of an investment): the nation can never take that action.
pub(super) fn unaffordable(l: Lang, s: &Scenario, w: &mut Warn) {
    let invest =
        crate::scenario::FAMILIES.iter().find(|f| f.kind == ActionKindName::Invest).map_or(0, |f| f.cost);
    for (n, nation) in s.def.nations.iter().enumerate() {
        for f in crate::scenario::FAMILIES.iter() {
            let Some(skill) = f.skill else { continue };
            let holders: Vec<usize> = (0..nation.agencies.len())
                .filter(|&g| nation.agencies[g].skills.get(&skill).is_some_and(|&v| v > 0))
                .collect();
            let [g] = holders[..] else { continue };
            let agency = &nation.agencies[g];
            if agency.capacity >= f.cost {
                continue;
            }
            if agency.capacity >= invest && f.cost - agency.capacity + 2 <= s.def.turns {
                continue; // it can grow to it by investing in its workforce
            }
            let base = w.loc.element("nations", &nation.id, 0).unwrap_or(0);
            let at = w.loc.element_from(base, &agency.id, 0).unwrap_or(base);
            let at = w.loc.position(w.loc.after(at, "capacity"));
            let message = tr!(
                l,
                "lint-agency-unaffordable",
                agency = s.text(l, Text::Agency { nation: n, agency: g }),
                nation = s.text(l, Text::NationShort(n)),
                skill = skill.label(),
                family = f.kind.label_in(l),
                capacity = agency.capacity,
                cost = f.cost
            );
            w.push(at, message, tr!(l, "lint-agency-unaffordable.hint", cost = f.cost));
        }
    }
}

/// A scenario where the cooperative style does not score above the unilateral
/// one teaches that the fact sheet's tools do not pay.
pub(super) fn cooperation_pays(l: Lang, w: &mut Warn, cooperative: f64, unilateral: f64, evidence: &str) {
    if cooperative > unilateral {
        return;
    }
    let at = w.loc.position(w.loc.section("objectives").or_else(|| w.loc.section("nations")).unwrap_or(0));
    let message = tr!(
        l,
        "lint-cooperation-does-not-pay",
        cooperative = Arg::num(cooperative, 1),
        unilateral = Arg::num(unilateral, 1),
        evidence = evidence
    );
    w.push(at, message, tr!(l, "lint-cooperation-does-not-pay.hint"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cooperation_that_does_not_pay_is_reported_once_at_the_objectives() {
        let s = Scenario::load(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron")).unwrap();
        let mut w = Warn::new(&s);
        cooperation_pays(Lang::En, &mut w, 60.0, 50.0, "10 runs");
        assert!(w.out.is_empty());
        cooperation_pays(Lang::En, &mut w, 50.0, 50.0, "10 runs");
        cooperation_pays(Lang::Ko, &mut w, 40.0, 52.5, "10 runs");
        let out = w.finish();
        assert_eq!(out.len(), 2);
        assert!(out[0].message.contains("not more than the unilateral one (50.0)"), "{}", out[0]);
        let objectives = s.source[..s.source.find("objectives: [").unwrap()].lines().count();
        assert_eq!(out[0].line, objectives, "{}", out[0]);
        assert!(out.iter().all(|d| !d.hint.is_empty()));
    }
}
