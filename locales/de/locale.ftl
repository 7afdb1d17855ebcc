# Angaben zu dieser Sprache selbst.

# Der Name dieser Sprache, in dieser Sprache geschrieben, wie ihn eine Sprachauswahl anzeigt
# („Deutsch“, „Русский“, „Português (Brasil)“).
locale-name = Deutsch

# Wie eine Beschriftung vor ihrem Wert steht: „Klasse: 4xx“. { $label } und { $value } je genau
# einmal verwenden, mit der Zeichensetzung und den Abständen der Sprache.
locale-label-value = { $label }: { $value }
# Wie zwei Einträge einer Liste verbunden werden: „RFC 9110, Abschnitt 15.5.19; RFC 2324, Abschnitt 2.3.2“.
locale-list-pair = { $first }; { $second }
