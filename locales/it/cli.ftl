# Il nome di questa lingua, scritto in questa lingua.
locale-name = Italiano

# Etichette stampate dallo strumento da riga di comando httpstatus.
cli-label-code = Codice
cli-label-name = Nome
cli-label-aliases = Altri nomi
cli-label-phrase = Frase di stato
cli-label-title = Titolo
cli-label-description = Descrizione
cli-label-class = Classe
cli-label-lifecycle = Stato
cli-label-references = Definito in
cli-label-locale = Lingua
cli-label-cacheable = Memorizzabile nella cache per impostazione predefinita
cli-label-no-content = Non ha mai contenuto
cli-yes = sì
cli-no = no
cli-unregistered = Codice di stato non registrato: descritto in base alla sua classe, come richiede RFC 9110.
