# Words the app composes from typed values (src/app/words.rs): the action
# families (their English is scenario::family's table, a test checks) and the
# rules' refusals.

## Action families (their names: scenario.ftl): the short name on the action buttons, the effect.
app-family-share =
    .short = Share intel
    .effect = Partner sees the incident and detects this actor more easily; worth more the sooner it is shared; builds trust.
app-family-investigate =
    .short = Investigate
    .effect = Investigation progress this turn: attribution at 60, containment at 100.
app-family-joint =
    .short = Joint investigation
    .effect = If the partner also commits this turn: about 1.8× the combined progress, scaled by trust; builds trust.
app-family-hunt =
    .short = Mil-to-mil hunt
    .effect = Joint hunt on the asset for 3 turns starting next turn (this turn during hotline sync): finds hidden intrusions, drives containment, hardens.
app-family-hotline =
    .short = Hotline
    .effect = Both capitals in sync this turn and next: escalation −8, trust +5, all known incidents shared, joint attribution unlocked.
app-family-harden =
    .short = Harden
    .effect = +20 hardening (slower intrusions); −5 service now for the maintenance window.
app-family-isolate =
    .short = Isolate
    .effect = Incidents on the asset cannot advance; service capped at 50 until restored.
app-family-restore =
    .short = Restore
    .effect = +35 service (+15 while an intruder is still active); ends isolation; resolves contained incidents.
app-family-assist =
    .short = Ask third state
    .effect = Next turn the third state decides; if the activity emanates from its territory, it curbs the actor.
app-family-attribute =
    .short = Attribute publicly
    .effect = Deters the actor if the evidence holds (investigation ≥ 60); a wrong attribution raises escalation sharply.
app-family-invest =
    .short = Invest
    .effect = Pays later: R&D → monitoring, education → skills, workforce → capacity, policy consultations → trust.

## Why the rules refused a decision (the notice on the board).
app-refused = Refused: { $why }
app-refused-draft = Choose an agency and a target first.
app-hotline-unavailable = Hotline unavailable: { $why }
app-hotline-no-agency-now = no agency can make the call now
app-hotline-no-agency = no agency can make the call

## Hot reload (F5); the turn summary's why-line is coach-why (coach.ftl)
app-reload-failed = Reload failed, game unchanged:
    { $diagnostics }
app-reload-replayed = Reloaded { $path } and replayed { $count } decision(s)
app-reload-refused = Reloaded { $path }, but decision { $n } is now refused ({ $why }): game unchanged

## Hot reload's notices (src/app/hot_reload.rs)
app-reload-errors = ✖ { $path } has errors
    .text = The app keeps running on the last good version. Fix the file and save: it reloads by itself.
    .hint = {"    "}hint: { $hint }
    .dismiss = Dismiss (K)
app-reload-changed = ⟳ Scenario changed
    .restart = Restart with the new version (R)
    .restart-hover = A new game on the saved file, same seed and difficulty
    .replay = Replay my decisions on it (F5)
    .keep = Keep playing (K)
