# The dilemma lints of validate (src/scenario/lint/dilemmas.rs, docs/dilemmas.md).

lint-agency-unaffordable = { $agency } is the only agency of { $nation } with the { $skill } skill, but its capacity { $capacity } is below the { $cost } points { $family } costs: { $nation } can never take it
    .hint = raise its capacity to { $cost }, or give the skill to an agency that can pay (with fewer points than an investment costs it cannot grow by investing in its workforce either)
lint-cooperation-does-not-pay = the cooperative policy scores { $cooperative } on average, not more than the unilateral one ({ $unilateral }), in { $evidence }: sharing, joint work and the hotline do not pay here
    .hint = give the alliance something to gain together (incidents that cross borders, objectives on shared assets, a partner's agencies that can help), or make acting alone cost (trust, escalation); compare with `hotline simulate --without`
