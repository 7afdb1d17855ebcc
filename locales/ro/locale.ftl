# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# („Deutsch”, „Русский”, „Português (Brasil)”).
locale-name = Română

# How a label is written before its value: „Clasă: 4xx”. Keep { $label } and { $value } once
# each; Romanian uses a colon and a space, as English does.
locale-label-value = { $label }: { $value }
# How two items of a list are joined: „RFC 9110, secțiunea 15.5.19; RFC 2324, secțiunea 2.3.2”.
locale-list-pair = { $first }; { $second }
