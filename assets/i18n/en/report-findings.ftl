# How the after-action report judges an exercise (src/report/findings.rs):
# HSEEP core capabilities, capability elements, the rules' measures and
# thresholds, corrective actions and their due dates.

## Core capabilities (HSEEP).
capability-operational-coordination = Operational Coordination
capability-forensics = Forensics and Attribution
capability-cybersecurity = Cybersecurity
capability-infrastructure = Infrastructure Systems
capability-planning = Planning
capability-intelligence-sharing = Intelligence and Information Sharing

## Capability elements (planning, organization, equipment, training).
element-planning = Planning
element-organization = Organization
element-equipment = Equipment
element-training = Training

## When a corrective action is due.
due-days = { $days } days
due-next-exercise = Before the next exercise

## Ratings.
rating-strength = Strength
rating-improve = Area for improvement
rating-observed = Observed
rating-neither = neither
finding-not-applicable = not applicable
finding-verdict = { $value } → { $verdict }
finding-strength-when = { $measure }: { $value } (strength when { $when })
finding-improve-when = { $measure }: { $value } (area for improvement when { $when })
finding-observed = { $measure }: { $value }
finding-planning-team = Exercise planning team
finding-lead = { $agency } ({ $nation })

## The rules: measure, thresholds and corrective action.
rule-trust = Alliance trust at the end
    .strength = ≥ 70
    .improve = < 50
    .action = Hold Cyber Policy Consultations before the next exercise; agree what each side shares, when and through whom, so that neither withholds what later proves critical.
rule-attribution = Incidents attributed
    .strength = ≥ 75%
    .improve = < 50%
    .action = Open joint investigations as soon as an incident is detected and keep both investigative agencies committed; pre-agree evidence exchange between the two legal systems.
rule-containment = Incidents contained or resolved
    .strength = ≥ 75%
    .improve = < 50%
    .action = Arrange mil-to-mil joint hunts in advance through the Cyber Cooperation Working Group and pair them with investigations on the assets under attack.
rule-continuity = Service continuity (population-weighted, all turns)
    .strength = ≥ 90%
    .improve = < 75%
    .action = Harden and segment the most depended-on assets first, isolate an asset before its intruder reaches impact, and rehearse restoration with the operators.
rule-escalation = Peak escalation level
    .strength = ≤ 2
    .improve = ≥ 4
    .action = Agree escalation thresholds that trigger a { $channel } hotline call, and coordinate public messaging to keep alarm down.
rule-loss = Loss of data and IP avoided
    .strength = ≥ 80%
    .improve = < 50%
    .action = Raise monitoring on data and IP holders (R&D investment, shared indicators) and isolate them when an exfiltration stage is near.
rule-objectives = Objectives met
    .strength = ≥ 75%
    .improve = < 50%
    .action = Review each unmet objective with the planning team: find the decision point in the timeline where it was lost and assign an owner for it.
rule-sharing = Known incidents a nation never shared with its partners
    .strength = 0, with incidents known
    .improve = ≥ 1
    .action = Adopt a share-on-detection rule: indicators of any intrusion on critical infrastructure go to the partner within one turn (four hours) of detection.
rule-hotline = Hotline calls made
    .strength = ≥ 1
    .improve = 0 while escalation reached level 3 or more
    .action = Exercise the { $channel } coordination channel: name who may call, and when, before a crisis reaches level 3.

## A weak sector ($sector as written mid-sentence in English: lower case).
finding-sector = { $sector } sector continuity: { $value } (area for improvement when < { $floor })
finding-sector-action = Review the { $sector } sector's dependencies and restoration plan with its operators; harden its assets and the ones they depend on.

## An unmet objective and the corrective action for its kind. $turn is 0 when the objective has no deadline.
finding-objective = Objective not met: { $objective }
plan-keep-service = Keep { $asset } at or above { $min }% service: harden it and what it depends on early, isolate it before impact and restore it promptly.
plan-sector-service = Bring the { $sector } sector back to { $min }% by the end: plan restoration order and crews before the crisis.
plan-attribute = { $turn ->
        [0] Attribute { $incident }: open a joint investigation on detection and keep both investigative agencies on it.
       *[other] Attribute { $incident } by turn { $turn }: open a joint investigation on detection and keep both investigative agencies on it.
    }
plan-contain = { $turn ->
        [0] Contain { $incident }: joint investigation plus a mil-to-mil hunt on the targeted asset.
       *[other] Contain { $incident } by turn { $turn }: joint investigation plus a mil-to-mil hunt on the targeted asset.
    }
plan-share-with = { $turn ->
        [0] Share threat information with { $nation }: every ally's intelligence agency sends indicators on detection, not only to its closest partner.
       *[other] Share threat information with { $nation } by turn { $turn }: every ally's intelligence agency sends indicators on detection, not only to its closest partner.
    }
plan-attribute-jointly = { $turn ->
        [0] Attribute { $incident } jointly: build the evidence together, then call the hotline and name the actor with the allies in one voice.
       *[other] Attribute { $incident } jointly by turn { $turn }: build the evidence together, then call the hotline and name the actor with the allies in one voice.
    }
plan-escalation = Keep escalation at or below level { $level }: call the hotline when impact begins and coordinate public statements.
plan-trust = End with alliance trust of { $trust } or more: share on detection, investigate jointly, hold policy consultations.
plan-theft = Limit theft: detect earlier (R&D, shared indicators) and isolate data and IP holders under attack.
plan-action = { $turn ->
        [0] Take the action "{ $action }": assign it to a named agency in the plan.
       *[other] Take the action "{ $action }" by turn { $turn }: assign it to a named agency in the plan.
    }
