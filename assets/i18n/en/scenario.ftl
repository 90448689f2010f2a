# Words of the scenario format that people read: the action families (scenario::family).
# Each message has the same id, attributes and $arguments in every language (docs/i18n.md).

family-share-intel = Share threat information
family-investigate = Investigate
family-joint-investigation = Joint investigation
family-military-cooperation = Mil-to-mil joint hunt
family-hotline = Hotline call
family-harden = Harden asset
family-isolate = Isolate asset
family-restore = Restore service
family-request-assistance = Request third-state assistance
family-attribute-publicly = Attribute publicly / invoke norms
family-invest = Invest / policy consultations

# Where a scenario of the picker comes from (scenario::sources::Origin).
origin-named = named folder
origin-working-folder = this folder
origin-user = your scenarios
origin-shipped = shipped
## The leaders' hotline of a scenario that gives it no `hotline_name`, as a
## sentence reads it before "hotline" ("{ $channel } hotline call from US").
hotline-channel-default = Leaders'
