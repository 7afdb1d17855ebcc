# Ord på den HTML-felsida som en webbapplikation visar för sina användare.

# Etikett före koden och statustexten på protokollnivå: ”HTTP-status: 404 Not Found”.
page-status-label = HTTP-status
# Länken tillbaka till webbplatsens startsida.
page-home-link = Gå till startsidan
# Knappen som läser in sidan igen; visas vid fel som kan gå över av sig själva
# (408, 425, 429 och serverfel).
page-try-again = Försök igen
# Rubriken på den lilla rutan med koden, begärandets id och den tekniska beskrivningen.
page-technical-details = Tekniska detaljer
# Etikett för begärandets id, som supportpersonal använder för att hitta begäran i loggarna.
page-request-id = Begärande-ID
# Etikett för den adress (sökväg och frågesträng) som besökaren begärde, så som den omvända proxyn framför
# webbplatsen anger den (X-Original-URI); värdet visas som det skickades, från vänster till höger.
page-original-uri = Begärd adress
# Etikett för de metoder som en sida tar emot, från huvudfältet Allow i svaret (405).
page-allowed-methods = Tillåtna metoder
# När webbplatsen anger när man kan försöka igen (huvudfältet Retry-After): ett antal sekunder,
# minuter eller timmar, skrivet med enhetens kortform så att ingen pluralform behövs.
# Använd { $count } exakt en gång.
page-retry-seconds = Du kan försöka igen om { $count } sek.
page-retry-minutes = Du kan försöka igen om { $count } min.
page-retry-hours = Du kan försöka igen om { $count } tim.
