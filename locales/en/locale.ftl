### Facts about this locale itself.

# The name of this language, written in this language, as a language picker shows it
# ("Deutsch", "Русский", "Português (Brasil)"). Shown by httpstatus locales (CLI) and after the
# language label of httpstatus. No placeholders.
locale-name = English

# How a label is written before its value: "Class: 4xx". Used for every label of httpstatus (CLI)
# and for the class headings of the docs table. Keep { $label } and { $value } once
# each; put the punctuation and spacing your language uses (French "{ $label } : { $value }"
# with a no-break space, Chinese and Japanese a full-width colon).
locale-label-value = { $label }: { $value }
# How two items of a list are joined: "RFC 9110, Section 15.5.19; RFC 2324, Section 2.3.2", in the
# Details column of the docs table (418 cites two specifications). Keep { $first } and
# { $second } once each; use your language's semicolon (Arabic and Persian "؛", Chinese and
# Japanese "；").
locale-list-pair = { $first }; { $second }
