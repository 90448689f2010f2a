# The dilemma lints of validate (src/scenario/lint/dilemmas.rs, docs/dilemmas.md).

lint-agency-unaffordable = { $agency } is the only agency of { $nation } with the { $skill } skill, but its capacity { $capacity } is below the { $cost } points { $family } costs: { $nation } can never take it
    .hint = raise its capacity to { $cost }, or give the skill to an agency that can pay (with fewer points than an investment costs it cannot grow by investing in its workforce either)
lint-cooperation-does-not-pay = the cooperative policy scores { $cooperative } on average, not more than the unilateral one ({ $unilateral }), in { $evidence }: sharing, joint work and the hotline do not pay here
    .hint = give the alliance something to gain together (incidents that cross borders, objectives on shared assets, a partner's agencies that can help), or make acting alone cost (trust, escalation); compare with `hotline simulate --without`
lint-choice-evidence = { $runs } seeded runs of each built-in policy ({ $policies }) with each choice forced
lint-choice-measured = { $policy } { $default } against { $other } for choice { $choice }
lint-choice-no-dilemma = inject `{ $id }`: its default choice "{ $choice }" scores best, or within a quarter point of the best, for every policy in { $evidence } (mean final score, the default against the best other choice: { $measured }): the choice is no dilemma
    .hint = make each choice a trade-off: the default safe but slow, another choice costing trust or escalation but paying off (calm, service, hardening, a weaker actor) for some way of playing; `cargo run --example choice_table -- FILE` shows the measures; see docs/dilemmas.md
