# Informacje o samej tej lokalizacji.

# Nazwa tego języka zapisana w tym języku, tak jak pokazuje ją lista wyboru języka
# („Deutsch”, „Polski”, „Português (Brasil)”).
locale-name = Polski

# Jak etykieta jest zapisywana przed wartością: „Klasa: 4xx”. Użyj { $label } i { $value } dokładnie
# po jednym razie; interpunkcja i odstępy zgodnie z polską typografią.
locale-label-value = { $label }: { $value }
# Jak łączy się dwa elementy listy: „RFC 9110, sekcja 15.5.19; RFC 2324, sekcja 2.3.2”.
locale-list-pair = { $first }; { $second }
