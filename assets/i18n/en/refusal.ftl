# Why a decision was refused (src/narrate/refusal.rs): the app's notices, a
# network seat's "not applied" line, the command line.

refusal-over = the exercise is over
refusal-unknown-inject = unknown inject `{ $id }`
refusal-no-choice-pending = inject "{ $inject }" is not waiting for a choice
refusal-choice-out-of-range = inject "{ $inject }" has { $count } choice(s); { $choice } is out of range
refusal-range = value { $value } is out of range
refusal-hotline-closed = the hotline is not open: no nation has called it this turn
refusal-unknown-nation = unknown nation `{ $id }`
refusal-unknown-agency = unknown agency `{ $id }`
refusal-unknown-incident = unknown incident `{ $id }`
refusal-unknown-asset = unknown asset `{ $id }`
refusal-unknown-third-state = unknown third state `{ $id }`
refusal-unknown-actor = unknown actor `{ $id }`
refusal-skill = { $agency } lacks the { $skill } skill this action needs
refusal-capacity = { $agency } has { $left } action point(s) left; this costs { $cost }
refusal-share-with-self = share with a partner, not with yourself
refusal-unknown-to-nation = { $nation } does not know of incident "{ $incident }"
refusal-already-shared = "{ $incident }" was already shared
refusal-not-active = incident "{ $incident }" is already { $status }
refusal-joint-committed = already committed to this joint investigation this turn
refusal-hunt-arranged = a joint hunt is already arranged on "{ $asset }"
refusal-no-calls = no hotline calls left in this exercise
refusal-hotline-cooling = the hotline is available again on turn { $turn }
refusal-not-owner = "{ $asset }" belongs to { $owner }: only its owner can do that
refusal-fully-hardened = "{ $asset }" is already fully hardened
refusal-isolated = "{ $asset }" is already isolated
refusal-full-service = "{ $asset }" is at full service
refusal-actor-unseen = { $nation } has seen no activity by { $actor } to ask about
refusal-request-pending = a request about this actor is already with that state
refusal-already-attributed = "{ $incident }" has already been attributed publicly
refusal-not-in-sync = joint public attribution needs the capitals in sync: use the hotline first
refusal-no-partner-military = a combined hunt needs two militaries: no ally has a military cyber agency
