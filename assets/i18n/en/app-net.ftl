# The desktop app as a networked window (src/app/net_seat.rs, net_console.rs,
# screens/host.rs, screens/join.rs): hosting, joining, who is still planning
# and the live hotline line.

app-title-host = Host a workshop…
app-title-join = Join a workshop…

app-host-title = Host a workshop
app-host-about = Each team joins from its own laptop with the address and the join code; this window is the facilitator's console.
app-host-scenario = Scenario
app-host-difficulty = Difficulty
app-host-seed = Seed
app-host-team = a team plays it
app-host-ai = the partner AI plays it
app-host-port = UDP port
app-host-code = Join code
    .hint = empty: a new code is made
app-host-countdown = Countdown per turn (minutes, 0 = none)
app-host-start = Start hosting

app-join-title = Join a workshop
app-join-about = The facilitator's screen shows the address and the join code.
app-join-address = Host address and port
app-join-code = Join code
    .hint = the code on the facilitator's screen
app-join-seat = Seat
    .hint = a nation id, e.g. us
app-join-go = Join

app-net-back = Back
app-net-leave = Leave
app-net-code = Join code
app-net-addresses = Join at: { $addresses }
app-net-join-line = Join: { $address } · code { $code }
app-net-advance = Advance the turn ▶
app-net-connecting = Connecting to the host…
app-net-seat = Seat: { $seat }
app-net-over = The exercise is over.
app-net-sent = Sent to the host.
app-net-hotline-open = ☎ Hotline open this turn: the line between the teams
app-net-hotline-closed = ☎ Hotline closed: it opens for the turn in which a nation calls it
app-net-hotline-hint = Write to the other capital…
app-net-hotline-send = Send ☎
