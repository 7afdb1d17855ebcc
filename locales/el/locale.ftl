# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)").
locale-name = Ελληνικά

# How a label is written before its value: "Κατηγορία: 4xx". Keep { $label } and { $value } once
# each. Greek, like English, puts no space before the colon.
locale-label-value = { $label }: { $value }
# How two items of a list are joined: "RFC 9110, ενότητα 15.5.19· RFC 2324, ενότητα 2.3.2".
# Greek uses the ano teleia (·), its semicolon.
locale-list-pair = { $first }· { $second }
