# After-action reports, the debrief, the balance page and the MSEL (src/report).

## The debrief (report::debrief): `hotline play` prints it, the app shows its rows.
report-debrief-title = { $title } — seed { $seed }
report-outcome = Outcome
report-outcome-value = { $outcome } after { $turn } of { $turns } turns
report-score = Score
report-score-value = { $score } (success at { $win })
report-percent = { $value }%
report-continuity = Service continuity
report-peak-escalation = Peak escalation
report-peak-escalation-value = level { $level } ({ $name })
report-trust = Alliance trust
report-attributed = Incidents attributed
report-contained = Incidents contained
report-data-stolen = Data stolen
report-data-stolen-value = { $records }k records
report-ip-stolen = IP stolen
report-ip-stolen-value = ${ $millions }M
report-loss-avoided = Loss avoided
report-hotline-calls = Hotline calls
report-sector-continuity = Continuity by sector
report-objectives-met = Objectives met: { $met } of { $total }
report-objective-met = met
report-objective-missed = missed
report-state-hash = Final state hash: { $hash }
