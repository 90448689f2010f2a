# Workshop at the table (src/app/workshop.rs, console.rs, projector.rs):
# hand-over, pause, the facilitator's console, the projector.

app-done-pass = Done → { $nation } ↵
app-done-end-turn = Done · end turn ↵
app-clock =
    .hover = Time left for the team at the desk; at 0:00 the desk passes on
app-handover = Pass to the { $team } team
app-handover-turn = Turn { $turn } · { $time }
app-handover-minutes = You will have { $minutes } minutes.
app-handover-ready = { $team } team ready — press Enter  ↵
app-handover-language = Language of the { $team } desk
app-paused = Paused
    .text = The facilitator has paused the exercise. Discussion time.
    .resume = Facilitator: F2 opens the console to resume.

## Projector
app-projector-trust = Alliance trust { $trust }
app-projector-paused = ⏸ PAUSED
app-projector-no-inject = No inject yet
    .text = The exercise has begun. The first report is on its way.
app-projector-inject-kind = 📨 { $kind } · turn { $turn }
app-projector-discuss = Discuss
app-inject-from = From: { $from }
app-projector-window = Hotline — projector
