# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)").
locale-name = ไทย

# How a label is written before its value: "Class: 4xx". Keep { $label } and { $value } once
# each; Thai writes the colon right after the label and a space before the value.
locale-label-value = { $label }: { $value }
# How two items of a list are joined: "RFC 9110 หัวข้อ 15.5.19 และ RFC 2324 หัวข้อ 2.3.2".
# Thai uses no semicolon; two items are joined with "และ" (and).
locale-list-pair = { $first } และ { $second }
