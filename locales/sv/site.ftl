# Ord på referenswebbplatsen som ”httpstatus site” skriver: ett index per språk (statustabellen med
# en innehållsförteckning), en sida per statuskod och en rotsida som listar språken. Bara verktygen
# läser den här filen. Låt { $variables } vara som de är. Enum-namn (NOT_FOUND), statustexter,
# namn på huvudfält (Location) och exemplen översätts aldrig och finns inte i den här filen.

## På varje sida

# Knappen överst på varje sida som öppnar listan över språk.
site-languages = Språk
# Länk för tangentbordsanvändare, först på varje sida; hoppar över sidhuvudet och språklistan.
site-skip = Hoppa till innehållet
# Sidans titel i webbläsarens flik och i sökresultat: ”404 Hittades inte – HTTP-statuskoder”.
site-page-title = { $page } – { $site }
# Den sista raden på varje sida.
site-footer = Genererad från språkfilerna i http-status-catalog. Enum-namn, statustexter och exemplen på begäran och svar står som HTTP skriver dem.

## Ett språks index: statustabellen, grupperad efter klass

# Rubriken på innehållsförteckningen, som listar de fem klasserna.
site-contents = Innehåll
# Efter en klass i innehållsförteckningen: { $count } är antalet koder.
site-class-count = { $count ->
        [one] { $count } kod
       *[other] { $count } koder
    }

## Sidan för en statuskod

# Länken tillbaka till indexet, överst på sidan.
site-all-codes = Alla statuskoder
# Rubriken över det som en felsida säger till en besökare (bara klient- och serverfel).
site-visitor = Vad besökaren får veta
# Etiketter i listan med fakta om en kod, var och en följd av sitt värde.
site-label-class = Klass
site-label-lifecycle = Status
site-label-name = Enum-namn
# Namn som koden hade i tidigare specifikationer eller bibliotek (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Äldre namn
site-label-phrase = Statustext
site-label-references = Definieras i
site-label-caching = Cachelagring
site-label-content = Innehåll
# Värdet för ”Cachelagring” för en kod som cacheminnen får lagra utan att bli tillsagda
# (RFC 9110: heuristically cacheable).
site-cacheable-yes = Cachebar som standard: en cache får lagra det här svaret och återanvända det även när dess huvudfält inte säger något om hur länge det är aktuellt.
site-cacheable-no = Inte cachebar som standard: en cache lagrar det här svaret bara när dess huvudfält tillåter det.
# Värdet för ”Innehåll” för en kod vars svar aldrig har innehåll (1xx, 204, 205, 304).
site-no-content-yes = Har aldrig innehåll: svaret slutar med sina huvudfält.
site-no-content-no = Kan ha innehåll, till exempel en sida som förklarar statusen.
# Rubriken över ett exempel på en begäran och svaret på den.
site-example = Exempel på begäran och svar
site-example-note = En begäran, sedan statusraden och de huvudfält i svaret som har betydelse för den här koden. Meddelandenas innehåll har utelämnats.
# Namnet på länkarna till föregående och nästa kod längst ned på sidan, för skärmläsare.
site-neighbours = Föregående och nästa kod

## Rotsidan, som listar alla språk

site-root-heading = Välj språk
