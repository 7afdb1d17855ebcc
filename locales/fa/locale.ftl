# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)").
locale-name = فارسی

# How a label is written before its value: «دسته: 4xx». Keep { $label } and { $value } once
# each. Persian uses the colon with no space before it and one space after it.
locale-label-value = { $label }: { $value }
# How two items of a list are joined: «RFC 9110، بخش 15.5.19؛ RFC 2324، بخش 2.3.2».
# Persian uses its own semicolon «؛».
locale-list-pair = { $first }؛ { $second }
