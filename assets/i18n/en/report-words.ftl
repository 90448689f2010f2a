# Words the reports share with the MSEL and the balance page: what sets off
# an inject (scenario::Trigger), and the MSEL's header.

## Triggers of an inject (describe_trigger), as a controller reads them in the MSEL.
trigger-at-turn = At turn { $turn }
trigger-stage = When { $incident } reaches "{ $stage }"
trigger-detected = When { $incident } is detected
trigger-escalation = When escalation reaches level { $level }
trigger-service-below = When { $asset } drops below { $level }% service
trigger-action = When { $who } takes: { $action }
trigger-action-anyone = When anyone takes: { $action }
trigger-chance = By chance, { $percent }%/turn, turns { $from }–{ $to }
trigger-repeats = { $trigger } (repeats)

## The MSEL's header (hotline msel; English is the header scripts read) and its words.
msel-turn = turn
msel-time = time
msel-inject = inject
msel-kind = kind
msel-from = from
msel-to = to
msel-trigger = trigger
msel-expected-action = expected_action
msel-objective = objective
msel-questions = questions
msel-to-all = All
msel-text = text
msel-choices = choices
msel-fired = fired
# When a triggered inject fired over seeded games of every built-in policy.
msel-fired-turns = turns { $from }–{ $to } (in { $runs } of { $games } simulated games)
msel-fired-never = never in { $games } simulated games
