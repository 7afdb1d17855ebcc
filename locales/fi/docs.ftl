# Sanat, joita käytetään, kun tilakooditaulukko tuotetaan dokumentaatioksi.

docs-caption = HTTP-tilakoodit
docs-intro = Jokainen IANAn HTTP-tilakoodirekisterin tilakoodi sekä määrittely, jossa se on määritelty.

# Tilakooditaulukon sarakeotsikot.
docs-column-code = Koodi
docs-column-name = Enum-nimi
docs-column-details = Tiedot
docs-column-phrase = Tilateksti
docs-column-title = Otsikko
docs-column-description = Kuvaus
docs-column-class = Luokka
docs-column-lifecycle = Tila
docs-column-aliases = Muut nimet

# Tuotetun taulukon lopussa oleva huomautus siitä, mistä taulukko on peräisin.
docs-generated = Luotu luettelon kielitiedostoista komennolla ”httpstatus docs”. Älä muokkaa käsin.
