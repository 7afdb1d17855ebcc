# Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)").
locale-name = Türkçe

# How a label is written before its value: "Sınıf: 4xx". Keep { $label } and { $value } once
# each; Turkish puts no space before the colon and one after it.
locale-label-value = { $label }: { $value }
# How two items of a list are joined: "RFC 9110, bölüm 15.5.19; RFC 2324, bölüm 2.3.2".
locale-list-pair = { $first }; { $second }
