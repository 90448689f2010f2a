//! The balance targets of the dilemma rules (issue 12, docs/dilemmas.md): on
//! the flagship at standard difficulty the planner beats the cooperative
//! style by 5, no heuristic wins more than 90 % of games, cooperative >
//! unilateral > passive by 10 each, and for the planner trust, the hotline,
//! the third state, the difficulty and each of the eight action families
//! matter. [`measure`] plays the table, [`Table::misses`] names every target
//! it misses; tests/dilemmas.rs runs it in CI and `examples/dilemma_table`
//! prints it with as many runs as asked.

use crate::batch::{Setup, run_many_tally};
use crate::scenario::{ActionKindName as K, Scenario};
use crate::sim::policy::Families;
use crate::sim::{Difficulty, PolicyName};
use std::sync::Arc;

/// A change to the world the planner is measured under.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Variant {
    pub label: &'static str,
    /// A scenario field and its value ([`Scenario::with_field`]).
    pub field: Option<(&'static str, &'static str)>,
    pub difficulty: Difficulty,
}

const fn field(label: &'static str, path: &'static str, value: &'static str) -> Variant {
    Variant { label, field: Some((path, value)), difficulty: Difficulty::Standard }
}

/// The planner's variant rows, in the table's order.
pub const VARIANTS: [Variant; 7] = [
    field("start trust 20", "rules.start_trust", "20"),
    field("start trust 80", "rules.start_trust", "80"),
    field("no hotline", "rules.hotline_calls", "0"),
    field("third state cooperation 0", "third_states.0.cooperation", "0"),
    field("third state cooperation 100", "third_states.0.cooperation", "100"),
    Variant { label: "@exercise", field: None, difficulty: Difficulty::Exercise },
    Variant { label: "@crisis", field: None, difficulty: Difficulty::Crisis },
];

/// The eight action families of the fact sheet (DESIGN.md's table): the
/// defensive trio counts as one, national investigation is not a tool of
/// the alliance.
pub const FAMILY_GROUPS: [&[K]; 8] = [
    &[K::ShareIntel],
    &[K::JointInvestigation],
    &[K::MilitaryCooperation],
    &[K::Hotline],
    &[K::Harden, K::Isolate, K::Restore],
    &[K::RequestAssistance],
    &[K::AttributePublicly],
    &[K::Invest],
];

/// "harden+isolate+restore", "share-intel", …
pub fn group_label(g: &[K]) -> String {
    g.iter().map(|&k| crate::batch::family_slug(k)).collect::<Vec<_>>().join("+")
}

/// One row: a label, its runs, its mean score and its win rate (0..=1).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub runs: usize,
    pub mean: f64,
    pub win_rate: f64,
}

/// The whole table: the five heuristics, the planner, its variants and its
/// family-less rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub heuristics: Vec<Row>,
    pub planner: Row,
    pub variants: Vec<Row>,
    pub without: Vec<Row>,
}

/// Plays the table from seed 1 on `threads` threads: `heuristic_runs` games
/// a heuristic's row (they are cheap, and a win rate near 90 % needs many),
/// `planner_runs` a planner's row; `progress` hears each row as it is done.
pub fn measure(
    s: &Arc<Scenario>,
    heuristic_runs: usize,
    planner_runs: usize,
    threads: usize,
    progress: &dyn Fn(&Row),
) -> Table {
    let row = |label: String, s: &Arc<Scenario>, setup: Setup| {
        let runs = if setup.player == PolicyName::Planner { planner_runs } else { heuristic_runs };
        let sum = run_many_tally(s, &setup, runs, 1, threads).summary(&label);
        let r = Row { label, runs, mean: sum.mean_score, win_rate: sum.win_rate };
        progress(&r);
        r
    };
    let heuristics = PolicyName::ALL.iter().map(|&p| row(p.label().into(), s, Setup::all(p))).collect();
    let planner = Setup::all(PolicyName::Planner);
    let base = row("planner".into(), s, planner);
    let variants = VARIANTS
        .iter()
        .filter_map(|v| {
            let world = match v.field {
                Some((path, value)) => Arc::new(s.with_field(path, value).ok()?),
                None => s.clone(),
            };
            Some(row(format!("planner {}", v.label), &world, Setup { difficulty: v.difficulty, ..planner }))
        })
        .collect();
    let without = FAMILY_GROUPS
        .iter()
        .map(|g| {
            let off = g.iter().fold(Families::NONE, |f, &k| f.with(k));
            row(format!("planner −{}", group_label(g)), s, Setup { without: off, ..planner })
        })
        .collect();
    Table { heuristics, planner: base, variants, without }
}

impl Table {
    fn heuristic(&self, p: PolicyName) -> f64 {
        self.heuristics.iter().find(|r| r.label == p.label()).map_or(f64::NAN, |r| r.mean)
    }

    fn variant(&self, label: &str) -> f64 {
        self.variants.iter().find(|r| r.label == format!("planner {label}")).map_or(f64::NAN, |r| r.mean)
    }

    /// Every target the table misses, as "what: measured (needed)"; empty when all hold.
    pub fn misses(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut need = |ok: bool, what: String| {
            if !ok {
                out.push(what);
            }
        };
        let coop = self.heuristic(PolicyName::Cooperative);
        let uni = self.heuristic(PolicyName::Unilateral);
        let passive = self.heuristic(PolicyName::Passive);
        let p = self.planner.mean;
        need(p >= coop + 5.0, format!("planner {p:.1} vs cooperative {coop:.1} (needs +5)"));
        for r in &self.heuristics {
            need(r.win_rate <= 0.9, format!("{} wins {:.1} % (at most 90 %)", r.label, r.win_rate * 100.0));
        }
        need(coop >= uni + 10.0, format!("cooperative {coop:.1} vs unilateral {uni:.1} (needs +10)"));
        need(uni >= passive + 10.0, format!("unilateral {uni:.1} vs passive {passive:.1} (needs +10)"));
        let gap = |a: &str, b: f64| b - self.variant(a);
        let trust = self.variant("start trust 80") - self.variant("start trust 20");
        need(trust >= 5.0, format!("start trust 20 instead of 80 costs {trust:.1} (needs 5)"));
        let hotline = gap("no hotline", p);
        need(hotline >= 3.0, format!("no hotline costs {hotline:.1} (needs 3)"));
        let third = self.variant("third state cooperation 100") - self.variant("third state cooperation 0");
        need(third >= 2.0, format!("third state cooperation 0 instead of 100 costs {third:.1} (needs 2)"));
        let crisis = self.variant("@exercise") - self.variant("@crisis");
        need(crisis >= 8.0, format!("crisis is {crisis:.1} below exercise (needs 8)"));
        for r in &self.without {
            let cost = p - r.mean;
            need(cost >= 1.5, format!("{} costs {cost:.1} (needs 1.5)", r.label));
        }
        out
    }

    /// The table as text, one row a line, with each variant's difference.
    pub fn text(&self) -> String {
        let line = |r: &Row, note: String| {
            format!("{:<40} {:>6} {:>6.1} {:>6.1} %{note}\n", r.label, r.runs, r.mean, r.win_rate * 100.0)
        };
        let mut out = format!("{:<40} {:>6} {:>6} {:>8}\n", "policy", "runs", "mean", "wins");
        for r in self.heuristics.iter().chain([&self.planner]) {
            out.push_str(&line(r, String::new()));
        }
        for r in self.variants.iter().chain(&self.without) {
            out.push_str(&line(r, format!("   {:+.1}", r.mean - self.planner.mean)));
        }
        out
    }
}
