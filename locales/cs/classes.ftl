# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = Informační
class-1xx-description = Průběžná odpověď: požadavek byl přijat a server ho stále zpracovává. Klient by měl počkat na konečnou odpověď, která bude následovat.
class-2xx-title = Úspěch
class-2xx-description = Požadavek byl úspěšně obdržen, pochopen a přijat.
class-3xx-title = Přesměrování
class-3xx-description = Klient musí k dokončení požadavku udělat ještě další krok, obvykle následovat přesměrování na jinou adresu.
class-4xx-title = Chyba klienta
class-4xx-description = Požadavek obsahuje chybu, například nesprávnou syntaxi, nebo ho v odeslané podobě nelze splnit. Klient by ho měl před dalším pokusem opravit.
class-5xx-title = Chyba serveru
class-5xx-description = Serveru se nepodařilo vyřídit požadavek, který se zdá být platný. Problém je na straně serveru a pozdější opakování může pomoci.
