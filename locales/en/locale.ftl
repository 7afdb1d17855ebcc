# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)").
locale-name = English

# How a label is written before its value: "Class: 4xx". Keep { $label } and { $value } once
# each; put the punctuation and spacing your language uses (French "{ $label } : { $value }"
# with a no-break space, Chinese and Japanese a full-width colon).
locale-label-value = { $label }: { $value }
# How two items of a list are joined: "RFC 9110, Section 15.5.19; RFC 2324, Section 2.3.2".
locale-list-pair = { $first }; { $second }
