# `hotline validate`: what it says about a scenario and its translations (src/scenario/).
# Each message has the same id, attributes and $arguments in every language (docs/i18n.md).

## Languages as the messages name them.
validate-lang-en = English
validate-lang-ko = Korean

## The elements of a scenario, as the messages name them.
validate-element-nation = nation
validate-element-agency = agency
validate-element-third-state = third state
validate-element-asset = asset
validate-element-actor = actor
validate-element-incident = incident
validate-element-inject = inject
validate-element-objective = objective

## One piece of a scenario's prose. $id is the element's id, $n counts from 1.
validate-text-title = the title
validate-text-summary = the summary
validate-text-hotline-name = the hotline's name
validate-text-name = the name of { $element } `{ $id }`
validate-text-short = the short name of nation `{ $id }`
validate-text-stage = the name of stage { $n } of incident `{ $id }`
validate-text-inject-title = the title of inject `{ $id }`
validate-text-from = the sender of inject `{ $id }`
validate-text-text = the text of { $element } `{ $id }`
validate-text-question = question { $n } of inject `{ $id }`
validate-text-choice = choice { $n } of inject `{ $id }`
validate-text-expected-action = the expected action of inject `{ $id }`

## The translation lint ($lang: a language's name, $overlay: the overlay file).
validate-missing = no { $lang } text for { $what } in { $overlay }
    .hint = add it to the overlay as (en: "the English", ko: "the translation"), or leave the whole section out to keep it in English
validate-missing-element = no { $lang } text for { $element } `{ $id }` in { $overlay }
validate-stale = the { $lang } text of { $what } was translated from English that has changed since
    .hint = translate the scenario's English again and copy it to `en:` here; it now begins "{ $english }"

## Reading a translation overlay.
validate-overlay-too-long = the translation is { $bytes } bytes long; at most { $max } are read
    .hint = a translation is about as long as its scenario: docs/scenario-format.md lists the limits
validate-overlay-other-scenario = this is a translation of scenario `{ $found }`, not of `{ $id }`
    .hint = set `scenario: "{ $id }"`, or name the file after the scenario it translates
validate-overlay-unknown = the scenario { $scenario } has no { $what } `{ $id }`: this text is not used
    .hint = use an id of the scenario (the ids are not translated), or remove the entry
validate-overlay-duplicate = `{ $id }` is given twice: the second is not used
    .hint = keep one entry per id
validate-overlay-extra = { $given } { $field } given, the scenario has { $have }: the rest are not used
    .hint = the entries of a list follow the scenario's list in order: one per item
validate-overlay-text-too-long = this translation is longer than { $max } characters
    .hint = shorten it: long text belongs in the exercise's handbook, not on the board
validate-overlay-alone = this translation has no scenario beside it: { $scenario } is not there
    .hint = keep a translation NAME.ko.ron in the folder of the scenario NAME.ron it translates

## A problem as `validate` prints it: "file:line:col: error: message", then the hint on its own line.
validate-diagnostic = { $file }:{ $line }:{ $col }: { $severity }: { $message }
validate-hint = hint: { $hint }
validate-error = error
validate-warning = warning

## The last line for each file.
validate-ok = { $file }: ok ({ $warnings } warning(s))
validate-failed = { $file }: { $errors } error(s), { $warnings } warning(s)
validate-cut-short = { $file }: note: the simulation lints stopped after { $done } of { $runs } seeded runs per policy (a scenario this large gets a fixed amount of work); their findings cover those runs: `hotline simulate` plays more

## Lints: what a valid scenario does that its author probably did not mean (src/scenario/lint/).
lint-incident-never-starts = incident `{ $id }` never starts: the inject(s) that start it ({ $injects }) can never fire
    .hint = give it a start_turn, or start it from an inject that can fire (see the warnings on those injects)
lint-stage-unreachable = stage "{ $stage }" of incident `{ $id }` has advance 0, so { $lost } can never be reached
    .hint = give "{ $stage }" an advance chance above 0 (e.g. `advance: 0.3`), or remove the stages after it; only a facilitator's adjudication could move the incident on
lint-inject-never-fires = inject `{ $id }` can never fire: { $why }
lint-objective-impossible = objective `{ $id }` can never be met: { $why }
lint-family-never = { $families } { $count ->
    [one] is
   *[other] are
} never possible in this scenario: { $why }
lint-no-third-state-origin = { $family } has no effect in this scenario: no actor operates from a third state, so every request comes back empty
    .hint = set an actor's origin to a third state's id if its activity emanates from there, or remove the third states
lint-joint-alone = { $family } has no joint effect in this scenario: only { $nation } has an agency with the Investigation skill, so no partner can match it
    .hint = give an agency of another nation the Investigation skill, or expect players to investigate nationally
lint-objective-trivial = objective `{ $id }` can only be lost by the players' own actions: { $why }
lint-defeat-never = defeat condition { $n } can never hold: nothing in the scenario can take `{ $asset }` below { $level } (the lowest it can fall is { $low })
    .hint = raise the level, or target the asset (or one it depends on) with a stage that has service_loss
lint-asset-unthreatened = asset `{ $id }` is never threatened (no incident targets it or an asset it depends on, and nothing else lowers its service), yet { $refs } { $count ->
    [one] singles
   *[other] single
} it out
    .hint = target it (or an asset it depends on) with an incident, or point those at an asset that is under attack
lint-ref-objective = objective `{ $id }`
lint-ref-defeat = defeat condition { $n }
lint-ref-inject = inject `{ $id }`

## Why a trigger cannot fire or an objective cannot be met, and what to do.
lint-why-never-starts = incident `{ $id }` never starts
    .hint = start the incident with a start_turn or from an inject that can fire
    .hint-objective = start the incident with a start_turn or from an inject that can fire, or judge an incident that runs
lint-why-stage = stage "{ $stage }" of `{ $id }` is never reached: stage "{ $blocker }" before it has advance 0
    .hint = give "{ $blocker }" an advance chance above 0, or trigger on a stage that can be reached
lint-why-service = nothing in the scenario can take `{ $asset }` below { $level } (the lowest it can fall is { $low })
    .hint = only the players' own Harden or Isolate could lower it that far: target the asset (or an asset it depends on) with a stage that has service_loss, or raise the level
lint-why-family = { $family } can never be taken: { $why }
lint-why-unreachable = it cannot be reached
lint-why-no-sharer = no ally of { $nation } has an agency with the Intelligence skill to share with it
    .hint = give another nation an intelligence agency (e.g. `skills: {"{"}Intelligence: 60{"}"}`), or drop the objective
lint-trivial-service = nothing in the scenario can take `{ $asset }` below { $min } (incidents, injects and cascades take it down to { $low } at worst)
    .hint = if the threat should put it at risk, make the stages that hit it (or what it depends on) do more damage, lower cascade_slack, or ask for more; as it is, only the players' own Isolate (service capped at 50) or repeated Harden (-5 each) can lose it
lint-trivial-sector = nothing in the scenario can take the { $sector } sector below { $min } (incidents, injects and cascades take it down to { $low } at worst)
lint-trivial-sector-nation = nothing in the scenario can take the { $nation } { $sector } sector below { $min } (incidents, injects and cascades take it down to { $low } at worst)

## Why an action family can never be taken. $skill is the skill's name, $name how the file writes it.
lint-block-skill = no agency has the { $skill } skill
    .hint = give an agency the { $skill } skill (e.g. `skills: {"{"}{ $name }: 60{"}"}`), or leave the family out of the exercise's objectives and injects
lint-block-skill-nation = no agency of { $nation } has the { $skill } skill
lint-block-defense = no nation with a Defense agency owns an asset
    .hint = only an asset's owner can harden, isolate or restore it: give the owner of an asset a Defense agency
lint-block-no-assets = there are no assets to hunt on
    .hint = add assets
lint-block-one-military = a combined hunt needs two militaries, and fewer than two nations have an agency with the Military skill
    .hint = give a second nation a military cyber agency (e.g. `skills: {"{"}Military: 60{"}"}`)
lint-block-no-third = there are no third states to ask
    .hint = add a third_states entry and set the origin of the actors operating from it
lint-block-no-hotline = the scenario gives no hotline calls (rules.hotline_calls is 0 and no inject that can fire adds one)
    .hint = set rules.hotline_calls above 0, or add a HotlineCall effect
lint-block-no-incident = no incident ever starts
    .hint = give an incident a start_turn

## Lints by simulation ($evidence: how many runs were played).
lint-sim-evidence = { $done } seeded runs of each built-in policy ({ $policies })
lint-sim-objective = objective `{ $id }` was never met in { $evidence }
    .hint = the built-in policies are no experts, but an objective none of them ever meets rewards nobody: { $advice }; check the rates with `hotline simulate`
lint-sim-inject = inject `{ $id }` never fired in { $evidence }
lint-advice-by-turn = allow a later by_turn, or make the incident start earlier, detect more easily or advance more slowly
lint-advice-attributed = make the incident easier to detect, or start it earlier
lint-advice-service = lower the service level it asks for, or soften the stages that hit the asset
lint-advice-escalation = allow a higher level, or lower the pressure (start_escalation, damaging stages, alarm)
lint-advice-trust = ask for less trust, or start trust higher
lint-advice-stolen = allow more losses, or make the stealing stages harder to reach
lint-advice-other = make it reachable, or drop it
lint-fire-at-turn = every run ended before turn { $turn } (all incidents resolved, or a defeat condition met): fire it earlier
lint-fire-stage = incident `{ $id }` never got to "{ $stage }": raise the advance chances of the stages before it, or start the incident earlier
lint-fire-detected = `{ $id }` was never detected: raise its stages' detect chances or its target's monitoring
lint-fire-escalation = escalation never reached level { $level }: use a lower level, or add pressure (damaging stages, Escalation and Alarm effects)
lint-fire-service = service of `{ $asset }` never fell below { $level }: raise the level, or make the stages that hit it do more damage
lint-fire-action = no policy ever took { $family }: check that it can be taken (skills, capacity, targets)
lint-fire-chance = raise its chance p, or widen its window of turns

## Errors and warnings of a scenario's checks (src/scenario/validate/). Numbers arrive as the file wrote them.
validate-element-state = third-state or nation
validate-suggest = use one of the defined { $what } ids: { $ids }
validate-suggest-none = define the { $what } first
validate-range = { $field } of `{ $id }` is { $value }, outside { $lo }..={ $hi }
    .hint = set { $field } to a number from { $lo } to { $hi }
validate-top-range = { $field } is { $value }, outside { $range }
validate-turns-hint = an exercise needs between 1 and 200 turns
validate-hours-hint = a turn spans 1 hour to 1 week
validate-win-score-hint = scores run from 0 to 100
validate-rules-hint = set { $field } from 0 to { $hi }
validate-duplicate-id = duplicate id `{ $id }` in { $section }
    .hint = every id in a section must be unique: rename one of them
validate-empty-id = an element of { $section } has an empty id
    .hint = give it a short unique id such as "kr-grid-1"
validate-empty-hotline-name = `hotline_name` is empty
    .hint = name the leaders' channel as players should read it ("White House–Blue House"), or leave the field out for "the leaders' hotline"
validate-too-few-nations = { $count } nation(s) defined; an alliance exercise needs at least two
    .hint = add the partner nation with its agencies
validate-third-is-nation = third state `{ $id }` has the same id as a nation
    .hint = ids of nations and third states must differ
validate-no-agencies = nation `{ $id }` has no agencies
    .hint = add at least one agency; actions are taken by agencies
validate-duplicate-agency = duplicate agency id `{ $id }` in nation `{ $nation }`
    .hint = agency ids must be unique within a nation
validate-skill-range = skill { $skill } of agency `{ $id }` is { $level }, outside 0..=100
    .hint = skill levels run from 0 to 100
validate-unknown-asset-nation = asset `{ $id }` belongs to unknown nation `{ $nation }`
validate-self-dependency = asset `{ $id }` depends on itself
    .hint = remove it from its own depends_on
validate-unknown-dependency = asset `{ $id }` depends on unknown asset `{ $dep }`
validate-cycle = dependency cycle: { $cycle }
    .hint = service cascades along depends_on, so it must not loop: remove one link of the cycle
validate-unknown-origin = actor `{ $id }` comes from unknown state `{ $origin }`
validate-unknown-actor = incident `{ $id }` names unknown actor `{ $actor }`
validate-unknown-target = incident `{ $id }` targets unknown asset `{ $target }`
validate-no-stages = incident `{ $id }` has no stages
    .hint = add at least one stage, e.g. reconnaissance
validate-start-turn = incident `{ $id }` starts on turn { $turn }, outside 1..={ $turns }
    .hint = start it within the exercise, or leave start_turn out and start it from an inject
validate-stage-chance = { $field } of stage "{ $stage }" in incident `{ $id }` is { $value }, outside 0..=1
    .hint = { $field } is a chance per turn: write it as a fraction such as 0.25
validate-same-stage-names = incident `{ $id }` has two stages with the same name
    .hint = stage names identify stages in triggers: make them unique
validate-unknown-objective = inject `{ $id }` exercises unknown objective `{ $objective }`
validate-expects-not-directive = inject `{ $id }` lists expected action families but is not a Directive
    .hint = give it `kind: Directive`, or move the families into `expected_action` (text for the MSEL)
validate-expects-twice = inject `{ $id }` expects { $family } twice
    .hint = name each action family once
validate-unknown-audience = inject `{ $id }` is addressed to unknown nation `{ $nation }`
validate-never-starts = incident `{ $id }` never starts
    .hint = give it a start_turn, or start it with StartIncident from an inject or choice
validate-no-text = inject `{ $id }` has no text
    .hint = say what the players learn: who reports what, and where
validate-more-problems = { $count } more problem(s) not shown
    .hint = fix the problems above and validate again

## Effects, triggers and conditions (src/scenario/validate/refs.rs, conditions.rs).
validate-unknown-technique = unknown MITRE ATT&CK technique id `{ $id }`
    .hint = use an ICS id (T08xx) or an Enterprise v15 id (T1xxx or T1xxx.yyy) from the table in src/attack.rs
validate-effect-unknown = effect in `{ $owner }` names unknown { $what } `{ $id }`
validate-effect-range = effect in `{ $owner }` changes a value by { $value }, outside -{ $max }..={ $max }
    .hint = an effect moves a value by at most { $max } points, the whole range of the value
validate-starts-started = `{ $owner }` starts incident `{ $id }`, which already starts on its own at turn { $turn }
    .hint = remove its start_turn, or remove this StartIncident
validate-never-fires = inject `{ $id }` can never fire: { $why }
validate-why-turn = turn { $turn } is outside 1..={ $turns }
    .hint = pick a turn within the exercise
validate-why-unknown = unknown { $what } `{ $id }`
validate-why-no-stage = incident `{ $id }` has no stage "{ $stage }"
    .hint = use one of its stages: { $stages }
validate-why-never-starts = incident `{ $id }` never starts
    .hint = give the incident a start_turn or start it from another inject
validate-detect-zero = inject `{ $id }` waits for detection of `{ $incident }`, whose stages all have detect 0
    .hint = only a mil-to-mil hunt can find it then; give a stage a detect chance
validate-why-escalation = escalation level { $level } is outside 1..=5
    .hint = escalation levels run from 1 (routine) to 5 (crisis)
validate-why-service = service can never be below { $level }
    .hint = use a level from 1 to 100
validate-why-chance = chance { $p } is outside (0, 1]
    .hint = write the chance per turn as a fraction above 0, such as 0.2
validate-why-window = window turns { $from }..={ $to } is empty or outside 1..={ $turns }
    .hint = pick from_turn <= to_turn within the exercise
validate-cond-defeat = a defeat condition
validate-cond-objective = objective `{ $id }`
validate-cond-unknown = { $what } references unknown { $kind } `{ $id }`
validate-cond-level = { $what } uses escalation level { $level }, outside 1..=5
    .hint = escalation levels run from 1 to 5
validate-cond-percent = { $what } uses { $value }, outside 0..=100
    .hint = service and trust run from 0 to 100
validate-cond-turn = { $what } has by_turn { $turn }, outside 1..={ $turns }
    .hint = pick a turn within the exercise
validate-cond-sector = { $what } judges the { $sector } sector, which has no assets here
    .hint = add assets of that sector, or judge a sector that exists

## Limits (src/scenario/validate/sizes.rs). $section is the file's section, $field a field name.
validate-count = { $n } { $section ->
    [third_states] third states
    [defeat] defeat conditions
   *[other] { $section }
} defined; a scenario may have at most { $max }
    .hint = split the exercise, or merge elements: docs/scenario-format.md lists the limits
validate-repeating = { $n } injects repeat (`once: false`); at most { $max } may
    .hint = a repeating inject may fire every turn: keep it for the few that must recur
validate-text-long = { $field } is { $chars } characters long; at most { $max } are allowed
    .hint = shorten it: long text belongs in the exercise's handbook, not on the board
validate-text-long-of = { $field } of `{ $id }` is { $chars } characters long; at most { $max } are allowed
validate-id-long = id `{ $id }…` is { $chars } characters long; at most { $max } are allowed
    .hint = ids are short handles such as "kr-grid-1"
validate-list-long = `{ $id }` has { $n } { $field }; at most { $max } are allowed
    .hint = docs/scenario-format.md lists the limits
validate-population = population of `{ $id }` is { $value }, outside 0..={ $max }
    .hint = population counts thousands of people: 1000 is a city of a million
validate-stage-effect = { $field } of stage "{ $stage }" in incident `{ $id }` is { $value }, outside 0..={ $max }
    .hint = set { $field } from 0 to { $max }

## Hints to RON's own syntax messages (src/scenario/mod.rs). $what: "scenario", "nation", "inject"…
validate-ron-unknown-field = remove or rename the field: the message lists the fields this place accepts
validate-ron-missing-field = add `{ $field }: ...` to this { $what } element
validate-ron-no-variant = use one of the names the message lists
validate-ron-duplicate-field = `{ $field }` is given twice: keep one
validate-ron-eof = the file ends too early: a bracket or parenthesis is not closed
validate-ron-string = text values go in double quotes
validate-ron-comma = a comma is missing between two items, just before this point
validate-ron-end = a closing bracket is missing, or a comma before the next item
validate-ron-number = a number is expected here
validate-ron-other = check the syntax of this { $what } against docs/scenario-format.md
validate-ron-fraction = expected a whole number, found { $number }
    .hint = this value counts whole things (turns, points, people): drop the fraction
validate-ron-fraction-field = expected a whole number for `{ $field }`, found { $number }

## Reading a file ($what: "scenario", "translation"…; $error: the system's words).
validate-cannot-read = cannot read the { $what }: { $error }
    .hint = check the path and that the file is readable
validate-is-folder = cannot read the { $what }: it is a folder
    .hint = name a file
validate-file-too-long = the { $what } is longer than { $max } bytes, the most Hotline reads
    .hint = docs/scenario-format.md lists the limits
validate-not-utf8 = the { $what } is not UTF-8 text: byte 0x{ $byte } here is not valid UTF-8
    .hint = save the file as UTF-8 (most editors offer it under "Save with encoding")
validate-scenario-too-long = the scenario is { $bytes } bytes long; at most { $max } are read
    .hint = a scenario of the largest allowed size fits in a fraction of this: docs/scenario-format.md lists the limits
