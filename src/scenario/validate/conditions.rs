//! Conditions of objectives and defeat, and the dependency order of assets.

use super::*;

pub(super) fn resolve_condition(
    c: &mut Check,
    ids: &Ids,
    def: &ScenarioDef,
    section: &str,
    owner: Option<&str>,
    cond: &Condition,
) -> Option<ConditionIx> {
    let lang = c.lang;
    let what = owner
        .map_or_else(|| tr!(lang, "validate-cond-defeat"), |o| tr!(lang, "validate-cond-objective", id = o));
    // The index of an id of the scenario, or an error naming what is not there.
    let find = |c: &mut Check, id: &str, kind: &str, map: &BTreeMap<String, usize>| -> Option<usize> {
        if let Some(i) = known(map, id) {
            return Some(i);
        }
        let word = match kind {
            "asset" => tr!(lang, "validate-element-asset"),
            "nation" => tr!(lang, "validate-element-nation"),
            "incident" => tr!(lang, "validate-element-incident"),
            other => other.to_string(),
        };
        c.error(
            section,
            owner,
            Some(&format!("\"{id}\"")),
            tr!(lang, "validate-cond-unknown", what = &what, kind = word, id = id),
            suggest(lang, map, kind),
        );
        None
    };
    let level = |c: &mut Check, l: u8| {
        if !(1..=5).contains(&l) {
            c.error(
                section,
                owner,
                None,
                tr!(lang, "validate-cond-level", what = &what, level = l),
                tr!(lang, "validate-cond-level.hint"),
            );
        }
    };
    let pct = |c: &mut Check, v: u8| {
        if v > 100 {
            c.error(
                section,
                owner,
                None,
                tr!(lang, "validate-cond-percent", what = &what, value = v),
                tr!(lang, "validate-cond-percent.hint"),
            );
        }
    };
    let turn = |c: &mut Check, t: &Option<u32>| {
        if let Some(t) = t
            && (*t == 0 || *t > def.turns)
        {
            c.error(
                section,
                owner,
                Some("by_turn"),
                tr!(lang, "validate-cond-turn", what = &what, turn = *t, turns = def.turns),
                tr!(lang, "validate-cond-turn.hint"),
            );
        }
    };
    Some(match cond {
        Condition::ServiceNeverBelow { asset, min } => {
            pct(c, *min);
            ConditionIx::ServiceNeverBelow { asset: find(c, asset, "asset", ids.asset)?, min: *min }
        }
        Condition::ServiceBelow { asset, level } => {
            pct(c, *level);
            ConditionIx::ServiceBelow { asset: find(c, asset, "asset", ids.asset)?, level: *level }
        }
        Condition::SectorServiceAtEnd { sector, nation, min } => {
            pct(c, *min);
            let n = match nation {
                Some(n) => Some(find(c, n, "nation", ids.nation)?),
                None => None,
            };
            if !def
                .assets
                .iter()
                .any(|a| a.sector == *sector && nation.as_ref().is_none_or(|n| &a.nation == n))
            {
                c.error(
                    section,
                    owner,
                    Some(sector.label()),
                    tr!(
                        lang,
                        "validate-cond-sector",
                        what = &what,
                        sector = crate::narrate::labels::sector(lang, *sector)
                    ),
                    tr!(lang, "validate-cond-sector.hint"),
                );
                return None;
            }
            ConditionIx::SectorServiceAtEnd { sector: *sector, nation: n, min: *min }
        }
        Condition::Attributed { incident, by_turn } => {
            turn(c, by_turn);
            ConditionIx::Attributed {
                incident: find(c, incident, "incident", ids.incident)?,
                by_turn: *by_turn,
            }
        }
        Condition::Contained { incident, by_turn } => {
            turn(c, by_turn);
            ConditionIx::Contained {
                incident: find(c, incident, "incident", ids.incident)?,
                by_turn: *by_turn,
            }
        }
        Condition::EscalationNeverAbove(l) => {
            level(c, *l);
            ConditionIx::EscalationNeverAbove(*l)
        }
        Condition::EscalationReached(l) => {
            level(c, *l);
            ConditionIx::EscalationReached(*l)
        }
        Condition::TrustAtEnd(v) => {
            pct(c, *v);
            ConditionIx::TrustAtEnd(*v)
        }
        Condition::TrustBelow(v) => {
            pct(c, *v);
            ConditionIx::TrustBelow(*v)
        }
        Condition::DataStolenAtMost(v) => ConditionIx::DataStolenAtMost(*v),
        Condition::IpStolenAtMost(v) => ConditionIx::IpStolenAtMost(*v),
        Condition::ActionTaken { action, by_turn } => {
            turn(c, by_turn);
            ConditionIx::ActionTaken { action: *action, by_turn: *by_turn }
        }
        Condition::SharedWith { nation, by_turn } => {
            turn(c, by_turn);
            ConditionIx::SharedWith { nation: find(c, nation, "nation", ids.nation)?, by_turn: *by_turn }
        }
        Condition::AttributedJointly { incident, by_turn } => {
            turn(c, by_turn);
            ConditionIx::AttributedJointly {
                incident: find(c, incident, "incident", ids.incident)?,
                by_turn: *by_turn,
            }
        }
    })
}

/// Dependency-first order of the assets, or the assets of one cycle.
pub(super) fn topo_order(deps: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    // 0 = unvisited, 1 = on the stack, 2 = done
    let mut mark = vec![0u8; deps.len()];
    let mut order = Vec::with_capacity(deps.len());
    let mut stack: Vec<usize> = Vec::new();
    fn visit(
        v: usize,
        deps: &[Vec<usize>],
        mark: &mut [u8],
        order: &mut Vec<usize>,
        stack: &mut Vec<usize>,
    ) -> Result<(), Vec<usize>> {
        match mark[v] {
            2 => return Ok(()),
            1 => {
                let from = stack.iter().position(|&x| x == v).unwrap_or(0);
                return Err(stack[from..].to_vec());
            }
            _ => {}
        }
        mark[v] = 1;
        stack.push(v);
        for &d in &deps[v] {
            visit(d, deps, mark, order, stack)?;
        }
        stack.pop();
        mark[v] = 2;
        order.push(v);
        Ok(())
    }
    for v in 0..deps.len() {
        visit(v, deps, &mut mark, &mut order, &mut stack)?;
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::topo_order;

    #[test]
    fn topo_puts_dependencies_first_and_finds_cycles() {
        let order = topo_order(&[vec![1], vec![2], vec![]]).unwrap();
        assert_eq!(order, vec![2, 1, 0]);
        let cycle = topo_order(&[vec![1], vec![2], vec![0]]).unwrap_err();
        assert_eq!(cycle, vec![0, 1, 2]);
    }
}
