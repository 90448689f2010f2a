# The debrief (src/app/debrief.rs): outcome, score, charts, key decisions and
# the full log. The score grid's rows are the reports' (report.ftl).

app-debrief-meta = { $title } · seed { $seed } · { $turn } of { $turns } turns
app-debrief-score = Score { $score }
app-debrief-win = success at { $win }
app-debrief-title-screen = Title (Esc)
app-debrief-again-new = Play again · new seed
app-debrief-again-same = Play again · same seed
app-debrief-export = Export after-action report
    .hover = report.html, report.md and decisions.csv
app-debrief-into = Reports folder
    .hover = The folder for reports (empty: the default shown)
app-debrief-key = Key decisions
    .help = What each changed in the final score (replayed without it, same seed)
    .none = No decision changed the outcome.
app-debrief-score-title = Score
app-debrief-objectives = Objectives · { $met } of { $total } met
app-debrief-met = ✔ MET
app-debrief-missed = ✖ MISSED
app-debrief-every = Every decision
    .none = No decisions were taken.
app-debrief-service = Service per sector over the turns (%)
app-debrief-escalation = Escalation and trust
    .level = escalation level ▲ 1–5
    .trust = alliance trust ÷ 20
    .level-line = escalation level
    .trust-line = trust ÷ 20
app-debrief-timeline = Full timeline (🔒 = was hidden during play)
