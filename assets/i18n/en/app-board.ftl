# The board (src/app/board/, injects, help, glossary and coach windows).

## Status strip
app-status-turn = Turn { $turn } of { $turns }
app-status-difficulty = difficulty: { $name }
app-status-glossary = 📖 Glossary (G)
    .hover = Every term and action, in plain words
app-status-escalation = Escalation ▲ { $level } · { $name }
    .hover = Escalation pressure { $pressure }/100 (level = 1 + pressure / 20). Peak so far ▲ { $peak }.
app-trust-strong = strong
app-trust-steady = steady
app-trust-strained = strained
app-status-trust = Alliance trust { $trust } · { $word }
app-status-score = Score { $score }
    .hover = Success at { $win }
        attributed { $attributed }% · contained { $contained }% · loss avoided { $avoided }% · public alarm { $alarm }
app-status-service = service { $service }% · objectives { $met }/{ $total }
app-status-stolen = stolen: { $records }k records · ${ $ip }M IP
app-status-end-turn = End turn ↵
    .hover = Space or Enter
    .blocked = Answer the inject card first
app-hotline-no-calls = no calls left
app-hotline-ready-on = ready on turn { $turn } · { $left } left
app-hotline-ready = READY · { $left } call(s) left
app-hotline-synced = capitals in sync
app-hotline-button = ☎  HOTLINE  (H)
app-hotline-term = Hotline

## Left panel: desks and incidents
app-desks-agencies = Agencies
app-desks-you = { $nation } (you)
app-desks-partner-ai = { $nation } (partner AI)
app-desks-at-desk = { $nation } (at the desk)
app-desks-hidden = capacity hidden — not at the desk
app-desks-incidents = Known incidents
app-desks-none = None detected yet.

## Leaving
app-leave = Leave the exercise?
    .lost = The exercise in progress will be lost.
app-leave-stay = Back to the board (Esc)
app-leave-go = Leave to the title screen

## Asset cards
app-service-normal = normal
app-service-degraded = degraded
app-service-critical = critical
app-service-down = down
app-asset-card =
    .hover = { $sector } · { $nation } · serves { $people }k people
        Own service { $own }, after dependencies { $service }, lowest { $lowest }
        Click to act on this asset
app-asset-isolated = ⛔ isolated
app-asset-hunt = 🎯 joint hunt t{ $from }–{ $until }
app-asset-needs = needs { $names }

## Right panel: the action composer
app-yes = yes
app-no = no
app-actions-your-desk = Your desk: { $nation }
app-actions-team-desk = { $nation } team at the desk
app-actions-on = on { $target } · { $status }
app-actions-stage = Stage { $stage } of { $stages }: { $name }
app-actions-unknown-technique = unknown technique
app-actions-detected = Detected turn { $turn } · known by { $known }
app-actions-investigation = Investigation
app-actions-attributed = attributed to { $actor }
app-actions-not-attributed = not attributed (needs 60%)
app-actions-shared = Shared by: { $shared } · public attribution: { $public }
app-actions-shared-nobody = nobody yet
app-actions-asset = { $nation } · { $sector } · { $people }k people
app-actions-service = Service { $service }% { $word }
app-actions-protection = Hardening { $hardening } · monitoring { $monitoring }
app-actions-isolated = isolated
app-actions-select = Select an incident or an asset on the board to act on it.
app-actions-action = Action
app-actions-agency = Agency
app-actions-agency-points = { $agency } · { $points } pts
app-actions-agency-unskilled = { $agency } · { $points } pts · lacks skill
app-actions-no-incident = no incident known to this desk
app-actions-incident = Incident
app-actions-share-with = Share with
app-actions-joint = Joint attribution with the partner (needs hotline sync)
app-actions-asset-pick = Asset
app-actions-no-third = This scenario has no third states to ask.
app-actions-ask = Ask
app-actions-about = About
app-actions-cost = { $action } — costs { $cost } action point(s)
app-actions-allowed = ✔ Allowed now
app-actions-choose = ✖ Choose an agency and a target
app-actions-why = Why? (recorded in the log)
app-actions-commit = Commit action

## Inject cards
app-inject-to-all = Everyone at the table
app-inject-to-team = { $nation } team
app-inject-to-role = Role: { $role }
app-inject-control = Exercise control
app-inject-from-to = From: { $from }   ·   To: { $to }
app-inject-discuss = Discuss at the table
app-inject-decide = Decide
app-inject-choice-default = { $n }. { $label }  (default)
app-inject-decided = Decided: { $label }
app-inject-noted = Noted ↵
app-inject-more = { $count } more card(s) waiting

## Help (F1)
app-help-title = How to play
app-help-turn = Each turn: read the inject cards, select an incident or asset on the board, choose an action, an agency and a target in the right panel, and commit. Each agency has a few action points per turn. Then end the turn: the attackers move, detection rolls, and the summary shows what changed.
app-help-board = Reading the board: service is a number, a word (normal / degraded / critical / down) and a bar. Incidents show their stage and status (⚠ detected, 🔍 investigating, 🎯 attributed, ⛔ contained, ✔ resolved). Lines join an asset to the assets that depend on it; a dot marks the dependent end. Escalation is ▲ 1 (calm) to ▲ 5 (crisis). Incidents nobody at the table has detected stay hidden.
app-close-esc = Close (Esc)

## The key map (help overlay)
app-key-continue = End the turn (or close the turn summary, or note the inject card)
app-key-ready = Hand-over card: the team at the desk is ready (workshop)
app-key-hotline = Call the hotline
app-key-log = Show or hide the log
app-key-console = Facilitator console: pause, advance the turn, countdown, injects, adjudication, notes (workshop)
app-key-projector-window = Projector view in a second window, on the second monitor if there is one (workshop)
app-key-fullscreen = Full screen for the focused window (main or projector), and back
app-key-projector = Projector view: the current inject, questions, clock and service — nothing private (workshop)
app-key-choose = Pick an option on an inject card
app-key-reload = Reload the scenario file and replay the decisions so far (authors)
app-key-glossary = Glossary: every term and action in plain words
app-key-restart = Scenario file changed: restart with it (same seed and difficulty) / keep playing
app-key-help = This help
app-key-back = Close an overlay · back
app-key-zoom = Interface larger / smaller / default
