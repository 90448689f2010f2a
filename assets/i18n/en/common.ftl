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
