# A networked exercise (src/net, src/cli/net.rs, src/narrate/net.rs): the
# host's and a seat's console lines, and why the host refused a seat or a decision.

net-seat-facilitator = facilitator
net-seat-projector = projector
net-seat-observer = observer
net-seat-name-help = a seat is a nation id, facilitator, projector or observer

net-refusal-no-such-nation = no nation `{ $id }` in this exercise (nations: { $nations }; or facilitator, projector, observer)
net-refusal-played-by-ai = { $seat } is played by the partner AI in this exercise
net-refusal-taken = the { $seat } seat is taken
net-refusal-claim-first = claim a seat first
net-refusal-already-seated = this connection already holds a seat
net-rejection-watches = this seat watches: it cannot decide
net-rejection-facilitator-acts = the facilitator does not act for a nation
net-rejection-not-yours = { $nation } may not make this decision (another nation's, or the facilitator's)
net-rejection-not-networked = not a networked seat
net-rejection-paused = the facilitator paused the exercise: decide again once it resumes

net-resuming = Resuming { $file } at turn { $turn }.
net-no-such-ai-nation = --ai { $id }: no such nation (nations: { $nations })
net-no-network = this build has no network (built without the `desktop` feature)
net-bad-address = { $address }: not an address and port (e.g. 192.168.1.20:7450)
net-bad-seat = --seat: { $error }

net-host-cannot-listen = cannot listen on UDP port { $port }: { $error }
net-host-hosting = Hosting "{ $title }" (seed { $seed }) on UDP port { $port }.
net-host-join-with = {"  "}join with: hotline join { $address } --code { $code } --seat NATION|facilitator|projector|observer
net-host-team-seats = Team seats: { $teams }; waiting for them.
net-cannot-autosave = { $path }: cannot autosave: { $error }
net-cannot-write-save = { $path }: cannot write the save: { $error }
net-host-ignored = ignored a message from client { $client } that is not one of ours
net-host-takeover = The { $seat } seat is taken over by a new connection (the old one went silent).
net-host-seat-left = The { $seat } seat left (it can rejoin with the same code).
net-host-seat-joined = The { $seat } seat joined.
net-host-countdown = Turn { $turn }: the countdown ran out.
net-host-turn-begins = Turn { $turn } begins.
net-host-paused = The facilitator paused the exercise.
net-host-resumed = The facilitator resumed the exercise.
net-host-countdown-set = The facilitator set the countdown to { $seconds } seconds a turn.
net-host-countdown-off = The facilitator turned the countdown off.

net-join-cannot-capture = { $path }: cannot write the capture: { $error }
net-join-joining = Joining { $host } as { $seat }…
net-join-wrong-code = refused: no answer from the host at { $host } within { $seconds } s. The join code is wrong (a host cannot read a request made with another code, so it does not answer), or a firewall drops the traffic, or no machine is at that address.
net-join-no-host = cannot join: nothing listens at { $host } (no host is running on that port: check the address and the port, and that the host has started)
net-join-full = refused: the host at { $host } is full ({ $seats } connections)
net-join-host-gone = the host at { $host } went away
net-join-ignored = ignored a message from the host that is not one of ours
net-join-seated = Seated as { $seat } in "{ $title }".
net-join-refused = refused: { $why }
net-join-not-applied = not applied: { $why }
net-join-over = The exercise is over ({ $outcome }) after turn { $turn }.
net-join-ended = ended
net-join-bad-scenario = the host's scenario: { $error }

net-planning-planning = { $nation }: planning…
net-planning-done = { $nation }: done
net-planning-ai = { $nation }: partner AI
net-planning-countdown = countdown { $time }
