# Parole usate quando la tabella degli stati viene resa come documentazione.

docs-caption = Codici di stato HTTP
docs-intro = Tutti i codici di stato del registro IANA dei codici di stato HTTP, ciascuno con la specifica che lo definisce.

# Titoli delle colonne della tabella degli stati.
docs-column-code = Codice
docs-column-name = Nome enum
docs-column-details = Dettagli
docs-column-phrase = Frase di stato
docs-column-title = Titolo
docs-column-description = Descrizione
docs-column-class = Classe
docs-column-lifecycle = Stato
docs-column-aliases = Altri nomi

# Una nota alla fine di una tabella generata che indica da dove proviene.
docs-generated = Generato dai file di localizzazione del catalogo con «httpstatus docs». Non modificare a mano.
