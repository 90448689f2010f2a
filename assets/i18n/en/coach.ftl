# The coach's advice on a team's decisions (src/teach.rs, src/app/teaching.rs):
# why the turn went as it did, the tutorial's "Next step" box, and the
# decisions that mattered most (the debrief).

## The one line after each turn; $why is the narrator's line for the event.
coach-why = Why: { $why }

## The "Next step" box of the tutorial. $expected: the directive's expected action.
coach-title = 🎓 Next step
coach-step-hover-hotline = { $effect }
    (click to call now)
coach-step-hover = { $effect }
    (click to choose it)
coach-try-hotline = Try: the red ☎ HOTLINE button at the top (H). { $expected }
coach-try = Try: { $family } (marked ➜ in the action panel, right). { $expected }
coach-all-done = All done for this turn — end the turn when ready (Space).

## Key decisions (the debrief): $delta is signed ("+6.2"), $what the narrator's words.
coach-key-decision = { $delta } points: { $what }, turn { $turn }
coach-whose-you = YOU
coach-whose-partner = PARTNER

## What the planner would have done (src/hindsight.rs): the debrief and the after-action report of a solo game.
hindsight-heading = What the planner would have done
hindsight-about = At the turns of your key decisions the expert planner weighed its plans with { $rollouts } seeded rollouts each, knowing only what your seat could see, against your own play of that turn on the same rollouts. Shown where it expects at least { $threshold } points more.
hindsight-none = At your key decisions the planner found no play better than yours by { $threshold } points or more.
hindsight-line = Turn { $turn }: the planner would have played differently: { $delta } expected score over { $rollouts } rollouts
hindsight-would = It would have: { $what }
hindsight-instead = Instead of: { $what }
