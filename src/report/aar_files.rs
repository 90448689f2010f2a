//! The after-action report's files: `decisions.csv`, the three charts and
//! [`write_aar_in`], which writes the report in one language or both (an
//! interpreter's copy: paired text, prose side by side, each chart in both).

use super::aar::{CHART_FILES, DECISIONS_HEADER, aar_doc};
use super::charts::{self, PALETTE, Series};
use super::doc::{self, Block, Para, Text};
use crate::csv::{CSV_BOM, csv_row};
use crate::i18n::{Lang, LangChoice};
use crate::narrate::labels;
use crate::save::{Overwrite, write_file};
use crate::scenario::Sector;
use crate::sim::{Decision, Exercise};
use crate::tr;
use std::io;
use std::path::Path;

/// Each decision with the turn it was taken on: (turn, nation, description, rationale).
pub fn decision_rows(l: Lang, ex: &Exercise) -> Vec<(u32, String, String, String)> {
    let mut turn = 1;
    let mut rows = Vec::new();
    for d in ex.decisions() {
        let (nation, text) = crate::narrate::decision(l, ex.scenario(), d);
        let rationale = match d {
            Decision::Act { rationale, .. } => rationale.trim().to_string(),
            _ => String::new(),
        };
        rows.push((turn, nation, text, rationale));
        if matches!(d, Decision::EndTurn) {
            turn += 1;
        }
    }
    rows
}

/// `decisions.csv` (without its byte-order mark): a header, then one row per
/// decision of the log, in order. In both languages the decision has a column
/// per language and the header names each column in its languages; the
/// rationale is the player's own words, in whatever language they typed.
pub fn decisions_csv(langs: LangChoice, ex: &Exercise) -> String {
    let Some(l) = langs.single() else {
        let [en, ko] = Lang::ALL.map(|l| decision_rows(l, ex));
        let both = |id: fn(Lang) -> String| Lang::ALL.map(id).join(" / ");
        let mut out = csv_row(&[
            both(|l| tr!(l, "report-csv-turn")),
            both(|l| tr!(l, "report-csv-nation")),
            tr!(Lang::En, "report-csv-decision"),
            tr!(Lang::Ko, "report-csv-decision"),
            both(|l| tr!(l, "report-csv-rationale")),
        ]);
        for (e, k) in en.into_iter().zip(ko) {
            out.push_str(&csv_row(&[e.0.to_string(), e.1, e.2, k.2, e.3]));
        }
        return out;
    };
    let mut out = match l {
        // The English header is pinned: scripts read it.
        Lang::En => format!("{DECISIONS_HEADER}\n"),
        _ => csv_row(&[
            tr!(l, "report-csv-turn"),
            tr!(l, "report-csv-nation"),
            tr!(l, "report-csv-decision"),
            tr!(l, "report-csv-rationale"),
        ]),
    };
    for (turn, nation, text, rationale) in decision_rows(l, ex) {
        out.push_str(&csv_row(&[turn.to_string(), nation, text, rationale]));
    }
    out
}

/// The three charts over the turns in `l`, as (file name, SVG), named [`CHART_FILES`].
pub fn aar_charts(l: Lang, ex: &Exercise) -> io::Result<Vec<(String, String)>> {
    let h = ex.history();
    let xs = |f: &dyn Fn(&crate::sim::TurnRecord) -> Option<f64>| -> Vec<(f64, f64)> {
        h.iter().enumerate().filter_map(|(i, r)| f(r).map(|v| (i as f64, v))).collect()
    };
    let mut service = Vec::new();
    let mut color = 0;
    for (k, sector) in Sector::ALL.iter().enumerate() {
        let pts = xs(&|r| r.sector_service.get(k).copied().flatten());
        if !pts.is_empty() {
            service.push(Series::new(labels::sector(l, *sector), PALETTE[color % PALETTE.len()], pts));
            color += 1;
        }
    }
    let ink = plotters::style::RGBColor(31, 36, 48);
    service.push(Series::new(tr!(l, "report-chart-all-sectors"), ink, xs(&|r| Some(r.service))));
    let x_desc = tr!(l, "report-chart-turn-axis");
    let (title, axis) = (tr!(l, "report-chart-service-title"), tr!(l, "report-chart-service-axis"));
    let svc = charts::lines(&title, &x_desc, &axis, &service, (0.0, 100.0), &[])?;
    let guides: Vec<(f64, String)> =
        (2..=5u8).map(|lv| ((lv - 1) as f64 * 20.0, tr!(l, "report-level", level = lv))).collect();
    let esc = charts::lines(
        &tr!(l, "report-chart-escalation-title"),
        &x_desc,
        "0–100",
        &[
            Series::new(tr!(l, "report-chart-pressure"), charts::DEFEAT, xs(&|r| Some(r.escalation))),
            Series::new(tr!(l, "report-chart-alarm"), charts::PARTIAL, xs(&|r| Some(r.alarm))),
        ],
        (0.0, 100.0),
        &guides,
    )?;
    let trust_name = tr!(l, "report-trust");
    let trust = charts::lines(
        &trust_name,
        &x_desc,
        &tr!(l, "report-chart-trust-axis"),
        &[Series::new(trust_name.as_str(), PALETTE[0], xs(&|r| Some(r.trust)))],
        (0.0, 100.0),
        &[(70.0, tr!(l, "report-chart-strength-line")), (50.0, tr!(l, "report-chart-improve-line"))],
    )?;
    Ok(CHART_FILES.iter().map(|f| f.to_string()).zip([svc, esc, trust]).collect())
}

/// Writes `report.html`, `report.md` (with its chart SVGs) and `decisions.csv`
/// into `dir`, in English. The app's debrief export calls this.
pub fn write_aar(ex: &Exercise, dir: &Path) -> io::Result<()> {
    write_aar_in(ex, dir, LangChoice::One(Lang::En))
}

/// [`write_aar`] in one language or both.
pub fn write_aar_in(ex: &Exercise, dir: &Path, langs: LangChoice) -> io::Result<()> {
    write_aar_with(ex, dir, langs, Overwrite::Yes, Aar::default())
}

/// What a report says besides the game itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Aar<'a> {
    /// Why the save behind it could not be verified: put at the top of the first page.
    pub unverified: Option<&'a str>,
    /// A solo game's learner: what the planner would have done at the
    /// learner's key decisions ([`crate::hindsight`]); None without a learner.
    pub hindsight: Option<&'a [crate::hindsight::Hindsight]>,
}

/// [`write_aar_in`] that replaces existing files only with `Overwrite::Yes`,
/// with what `aar` adds.
pub fn write_aar_with(
    ex: &Exercise,
    dir: &Path,
    langs: LangChoice,
    overwrite: Overwrite,
    aar: Aar,
) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let put = |name: &str, bytes: &[u8]| {
        write_file(&dir.join(name), bytes, overwrite)
            .map_err(|e| io::Error::new(e.kind(), format!("{name} {e}")))
    };
    let all = langs.langs();
    let first = all[0];
    let mut docs = Vec::new();
    for &l in &all {
        let mut charts = aar_charts(l, ex)?;
        for (name, _) in &mut charts {
            *name = super::localized_file(name, l, first);
        }
        let mut report = aar_doc(l, ex, &charts);
        if let Some(lines) = aar.hindsight {
            super::debrief::planner_section(l, ex, lines, &mut report);
        }
        if let Some(why) = aar.unverified {
            let warning = tr!(l, "report-unverified", why = why);
            report.blocks.insert(0, Block::Paragraph(Para::Alarm, Text::new().strong(warning)));
        }
        for (name, svg) in &charts {
            put(name, svg.as_bytes())?;
        }
        docs.push(report);
    }
    let report = docs.into_iter().reduce(doc::bilingual).unwrap_or_default();
    put("report.html", doc::html(&report).as_bytes())?;
    put("report.md", doc::markdown(&report).as_bytes())?;
    put("decisions.csv", format!("{}{}", CSV_BOM, decisions_csv(langs, ex)).as_bytes())?;
    Ok(())
}
