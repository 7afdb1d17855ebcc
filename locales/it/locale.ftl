# Informazioni su questa lingua.

# Il nome di questa lingua, scritto in questa lingua, come lo mostra un selettore di lingua
# («Deutsch», «Русский», «Português (Brasil)»).
locale-name = Italiano

# Come si scrive un'etichetta prima del suo valore: «Classe: 4xx». Usa { $label } e { $value }
# una volta ciascuno, con la punteggiatura e gli spazi dell'italiano.
locale-label-value = { $label }: { $value }
# Come si uniscono due elementi di un elenco: «RFC 9110, sezione 15.5.19; RFC 2324, sezione 2.3.2».
locale-list-pair = { $first }; { $second }
