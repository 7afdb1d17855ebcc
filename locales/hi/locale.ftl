# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)").
locale-name = हिन्दी

# How a label is written before its value: "Class: 4xx". Keep { $label } and { $value } once
# each; Hindi uses the plain colon followed by a space.
locale-label-value = { $label }: { $value }
# How two items of a list are joined: "RFC 9110, खंड 15.5.19; RFC 2324, खंड 2.3.2".
locale-list-pair = { $first }; { $second }
