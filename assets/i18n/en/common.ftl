# Words shared by every part of Hotline: languages, counts, numbers.
# Each message has the same id, attributes and $arguments in every language (docs/i18n.md).

## The language itself, as its speakers name it (language menus list each in its own script).
lang-name = English
    .code = en

## A number as the code formatted it (Arg::num): the digits pass through unchanged.
number = { $value }

turns-left = { $count ->
    [one] { $count } turn left
   *[other] { $count } turns left
}

## Checks Korean particles (JOSA); English needs none.
josa-example = { $name } reports

## Difficulty (sim::Difficulty).
difficulty-exercise = exercise
difficulty-standard = standard
difficulty-crisis = crisis

## How an exercise ended (sim::Outcome).
outcome-success = Success
outcome-partial = Partial success
outcome-defeat = Defeat
outcome-in-progress = In progress

## Kinds of inject (scenario::InjectKind).
inject-kind-situation = Situation update
inject-kind-news-flash = News flash
inject-kind-intel-report = Intelligence report
inject-kind-partner-request = Partner request
inject-kind-directive = Directive

## Long-term investments (sim::InvestArea).
invest-rnd = R&D
invest-education = Education
invest-workforce = Workforce
invest-policy = Policy consultations

## Where an incident stands (sim::Status).
status-dormant = dormant
status-hidden = hidden
status-detected = detected
status-investigating = investigating
status-attributed = attributed
status-contained = contained
status-resolved = resolved

## Critical-infrastructure sectors (scenario::Sector).
sector-energy = Energy
sector-water = Water
sector-telecom = Telecom
sector-finance = Finance
sector-health = Health
sector-transport = Transport
sector-semiconductor = Semiconductor
sector-government = Government
sector-defense = Defense

## Agency skills (scenario::Skill).
skill-defense = Defense
skill-investigation = Investigation
skill-intelligence = Intelligence
skill-military = Military
skill-diplomacy = Diplomacy

## Kinds of log entry (sim::LogKind).
log-kind-turn = turn
log-kind-inject = inject
log-kind-decision = decision
log-kind-attack = attack
log-kind-detection = detection
log-kind-investigation = investigation
log-kind-service = service
log-kind-escalation = escalation
log-kind-trust = trust
log-kind-diplomacy = diplomacy
log-kind-facilitator = facilitator
log-kind-outcome = outcome

## Escalation levels 1–5, as players read them.
escalation-level-1 = calm
escalation-level-2 = guarded
escalation-level-3 = elevated
escalation-level-4 = severe
escalation-level-5 = crisis

## In-world time of a turn (scenario::clock). $clock is "06:00 KST".
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
time-clock = { $weekday } { $clock } · Day { $day }
time-day-offset = Day { $day } +{ $hours }h
time-since-start = { $start } +{ $elapsed }h (Day { $day })

## Trust between two allies, as the board and the reports list every pair of
## an alliance of three or more ("US–ROK 62 · US–JP 48 · ROK–JP 35").
trust-pair = { $a }–{ $b } { $trust }
trust-pair-separator = {" · "}
