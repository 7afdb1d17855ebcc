# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = Informare
class-1xx-description = Un răspuns intermediar: cererea a fost primită, iar serverul încă o procesează. Clientul ar trebui să aștepte răspunsul final, care urmează.
class-2xx-title = Succes
class-2xx-description = Cererea a fost primită, înțeleasă și acceptată cu succes.
class-3xx-title = Redirecționare
class-3xx-description = Clientul trebuie să mai facă un pas pentru a finaliza cererea, de obicei urmând o redirecționare către o altă adresă.
class-4xx-title = Eroare de client
class-4xx-description = Cererea conține o eroare, cum ar fi o sintaxă greșită, sau nu poate fi îndeplinită așa cum a fost trimisă. Clientul ar trebui să o corecteze înainte de a încerca din nou.
class-5xx-title = Eroare de server
class-5xx-description = Serverul nu a reușit să îndeplinească o cerere care pare validă. Problema ține de server, iar o nouă încercare mai târziu poate ajuta.
