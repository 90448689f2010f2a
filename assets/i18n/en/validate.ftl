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
