# Nazwa tego języka zapisana w tym języku.
locale-name = Polski

# Etykiety wyświetlane przez narzędzie wiersza poleceń httpstatus.
cli-label-code = Kod
cli-label-name = Nazwa
cli-label-aliases = Inne nazwy
cli-label-phrase = Fraza przyczyny
cli-label-title = Tytuł
cli-label-description = Opis
cli-label-class = Klasa
cli-label-lifecycle = Stan
cli-label-references = Zdefiniowano w
cli-label-locale = Język
cli-label-cacheable = Domyślnie możliwy do zapisania w pamięci podręcznej
cli-label-no-content = Nigdy nie ma zawartości
cli-yes = tak
cli-no = nie
cli-unregistered = To nie jest zarejestrowany kod odpowiedzi: opisano go na podstawie jego klasy, jak wymaga tego RFC 9110.
