# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)").
locale-name = עברית

# How a label is written before its value: "מחלקה: 4xx". Keep { $label } and { $value } once
# each. Hebrew uses the ordinary colon, with no space before it and one space after it.
locale-label-value = { $label }: { $value }
# How two items of a list are joined: "RFC 9110, סעיף 15.5.19; RFC 2324, סעיף 2.3.2".
# Hebrew uses the ordinary semicolon.
locale-list-pair = { $first }; { $second }
