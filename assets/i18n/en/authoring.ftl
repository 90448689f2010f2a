# Tools for scenario authors: `hotline new` (src/cli/saves.rs, src/authoring.rs).
# Each message has the same id, attributes and $arguments in every language (docs/i18n.md).

authoring-bad-name = `{ $name }` is not a scenario name: use letters, digits, `-` and `_` (at most 64), and --out DIR for the folder
authoring-wrote = wrote { $path } — check it with `hotline validate { $path }`
# Added on its own line when no --out was given.
authoring-picker-offer = (for the app's picker, write it to your scenario folder: `hotline new { $name } --out { $dir }`)
