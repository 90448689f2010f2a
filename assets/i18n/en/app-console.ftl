# The facilitator's console (src/app/console.rs), in the app's language.

app-console-title = Facilitator console · F2
app-console-target-service = Service of an asset
app-console-target-trust = Alliance trust
app-console-target-escalation = Escalation pressure
app-console-target-stage = Stage of an incident
app-console-section-timed = Coming · timed
app-console-section-triggered = Coming · on a trigger
app-console-section-fired = Fired
app-console-section-skipped = Skipped

## Controls
app-console-resume = ▶ Resume
app-console-pause = ⏸ Pause
app-console-advance = ⏭ Advance the turn
    .hover = End the turn now for every team
app-console-projector = Projector (F3)
app-console-window = 2nd window (F4)
app-console-countdown = Countdown
app-console-countdown-off = off
app-console-minutes = { $minutes } min
app-console-state = Turn { $turn } of { $turns } · { $time } · at the desk: { $desk } · done: { $done }
app-console-nobody-done = nobody yet
app-console-state-net = Turn { $turn } of { $turns } · { $time }
app-console-paused = PAUSED

## The inject timeline (MSEL)
app-console-timeline = Inject timeline (MSEL)
    .help = What is coming and when, then what fired. Hover a title for its text.
app-console-tag-skipped = ✖ skipped
app-console-tag-held = ⏸ held
app-console-tag-fired = ✔ fired T{ $turn }
app-console-tag-in = in { $turns } turn(s)
app-console-tag-due = due
app-console-tag-waiting = · waiting
app-console-skip = Skip
app-console-release = Release
app-console-hold = Hold
app-console-fire = Fire now

## Adjudication and notes
app-console-adjudicate = Adjudicate
    .help = Override a value; the reason goes into the log and the report.
app-console-now = now { $value } →
app-console-reason = Reason (required)
app-console-apply = Apply override
    .disabled = Write the reason first
app-console-notes = Facilitator notes
    .hint = An observation for the log and the after-action report
app-console-add-note = Add note
app-console-stage-name = "{ $name }"

## The log panel and the turn summary (src/app/board/)
app-log = Log
    .hides = (L hides)
app-log-show = Show:
app-log-all-nations = all nations
app-log-console = Facilitator console (F2)
app-log-turn = T{ $turn }
app-log-line = T{ $turn } { $who }{ $text }
app-summary-title = Turn { $turn } resolved — what changed
app-summary-partner = Your partner ({ $who }) this turn
app-summary-why = why:
app-summary-brought = What the turn brought
app-summary-quiet = A quiet turn: nothing you can see changed.
app-summary-debrief = See the debrief ↵
app-summary-continue = Continue ↵
