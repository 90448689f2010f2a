# Terms a learner meets, with plain-language definitions (src/teach.rs,
# teach::Term), and the glossary overlay of the app (src/app/teaching.rs).
# Numbers of the rules come in as arguments (teach::rules, sim::dilemmas).

## The glossary: each term, its definition as the attribute.
glossary-ioc = IOC
    .definition = Indicator of compromise: a technical trace of an intrusion (an address, a file hash, a login pattern) that others can search for. Sharing IOCs early lets a partner find the same actor on its own networks.
glossary-isac = ISAC
    .definition = Information Sharing and Analysis Center: an industry body through which companies of one sector share threat information with each other and with government.
glossary-attribution = Attribution
    .definition = Establishing who is behind an intrusion. In Hotline an investigation attributes at { $attributed }% and contains at { $contained }%. The actor cannot know of a private attribution: it lies low only once it is named in public. Public attribution names the actor; with weak evidence it can be wrong, name no one and escalate the crisis. Named on sound evidence (jointly, or on a complete investigation), the actor lies low for three turns, a joint advisory gives every ally's defenders its indicators, it must rebuild the tooling exposed, and its host state is readier to act; an actor in a safe haven (a host whose law bars it from acting) neither lies low, goes quiet nor slows when named. While harm the public saw stays unnamed, public alarm does not fade and the crisis grows each turn: people ask who did it.
glossary-hotline = Hotline
    .definition = The White House–Blue House cyber coordination channel agreed in 2015. A call synchronises both capitals for this turn and the next: escalation falls, known incidents are pooled, joint public attribution becomes possible. Calls are scarce, and each spends political capital: a call made with no harm known and escalation low wears the channel's weight down, and later calls calm less.
glossary-source-burn = Source burn
    .definition = Sharing indicators reveals what the sharer can see. Handled carelessly, the actor notices, rotates its infrastructure and hurries what is still hidden: its intrusions are harder to detect for two turns and the shared incident's trail goes cold. The lower the pair's trust, the likelier ({ $close }% between close allies at { $close_trust }, { $wary }% between wary ones at { $wary_trust }).
glossary-classification-review = Classification review
    .definition = Intelligence is released to a partner only after review (tearlines, releasability). Shared indicators reach the partner's defenders the turn after sharing, at once while the capitals are in sync over the hotline; the partner acts on them as far as it trusts their source.
glossary-misfire = Misfire
    .definition = A public attribution that proves wrong: the claim collapses, escalation and public alarm jump and partners lose trust. Attribution at { $attributed }% investigation is a judgement, not proof; the risk falls to nothing only at { $contained }%, and a joint attribution, cross-checked by both allies' analysts, halves it nearly.
glossary-mil-to-mil = Mil-to-mil
    .definition = Military-to-military cyber cooperation (the US–ROK Cyber Cooperation Working Group). A combined hunt on an asset finds hidden intrusions and drives them out, but takes a turn to arrange unless the capitals are in sync, and needs two militaries: the partner's cyber command starts the next turn a point down. In a military-linked asset (a defence site, or what it depends on directly) civilian monitoring sees little and investigators cannot finish the job alone: only a combined hunt drives the intruder out.
glossary-joint-investigation = Joint investigation
    .definition = Both nations commit investigators to the same incident in the same turn; the combined effort is worth much more than two national ones between trusting allies, and less between wary ones (a low-trust pair duplicates work and withholds). Liaison and evidence exchange tie the investigators up: the agency starts the next turn a point down.
glossary-escalation = Escalation
    .definition = The crisis track, level 1 ({ $lowest }) to 5 ({ $highest }). Lost service, public alarm and damaging intrusions push it up; joint actions and the hotline pull it down.
glossary-alliance-trust = Alliance trust
    .definition = How much each ally relies on the other (0–100). Timely sharing and joint work raise it, slowly as it nears 100 and slowly below 60 too: a wary partner discounts each gesture, so allies who start apart stay apart longer; withholding what later proves critical, a burned source and acting alone lower it. It gates what a partner does: how far it acts on shared indicators, what a joint investigation or a combined hunt is worth, how likely a source burns, and how far a wary partner's capital joins a hotline call's common public line or its military opens its networks to a hunt.
glossary-cascade = Cascade
    .definition = Assets depend on others: when a substation fails, the water plant and hospital that need it degrade too, after their backups (the cascade slack) are exhausted.
glossary-norm-1 = Norm 1
    .definition = UN GGE 2015: no state should conduct or knowingly support online activity that intentionally damages critical infrastructure or impairs its service to the public.
glossary-norm-2 = Norm 2
    .definition = UN GGE 2015 as endorsed by the US and ROK: no state should conduct or knowingly support cyber-enabled theft of intellectual property for commercial advantage.
glossary-norm-3 = Norm 3
    .definition = UN GGE 2015: every state should cooperate with requests for assistance in investigating cybercrime or terrorist use of ICT, or in mitigating such activity emanating from its territory.
glossary-third-state = Third state
    .definition = A country outside the alliance from whose territory activity emanates. A request for assistance under norm 3 may lead it to take the actor's servers down: the actor is curbed and its drop servers stop taking data, and the victims found on its servers are handed to the nation that asked — worth most when asked early. The more willing the state, the further it goes: it seizes more, hands over more evidence and keeps the actor slowed longer. It answers by its willingness to cooperate, weighed by the evidence given (public attribution and a request backed by both capitals help, as far as the state is willing at all); a state whose own law bars acting on foreign requests (cooperation under { $barred }) acts only on near-conclusive evidence (an investigation at { $evidence }% or more) — norm 3 asks only what is consistent with domestic law — and, asked on less, it tells the actor it shelters what the allies know. An actor such a state shelters fears no arrest or seizure and presses harder.
glossary-inject = Inject
    .definition = A scripted event of the exercise (Master Scenario Events List): news, intelligence, a partner's request; it may ask the room to choose.
glossary-defences = Hardening / isolation / restoration
    .definition = Hardening slows intruders at a small service cost; isolation freezes them, and cuts off an exfiltration under way, but caps service at { $cap }; restoration brings service back and ends isolation. A system that lost more than a fifth of its service does not come back by itself: only a restoration brings it back.

## The glossary overlay (G) and a term's hover text.
glossary-title = 📖 Glossary
glossary-family = { $effect } (costs { $cost ->
        [one] { $cost } point
       *[other] { $cost } points
    })
glossary-close = Close (G / Esc)
glossary-hover = { $term }: { $definition }
    (G: glossary)
