# Titlar och beskrivningar för de fem klasserna av HTTP-statuskoder, namngivna efter sin första siffra.
# De beskriver även oregistrerade koder, som enligt RFC 9110 ska behandlas som x00-koden i sin klass.

class-1xx-title = Information
class-1xx-description = Ett preliminärt svar: begäran har tagits emot och servern håller fortfarande på att behandla den. Klienten bör vänta på det slutliga svaret som följer.
class-2xx-title = Lyckad
class-2xx-description = Begäran har tagits emot, förståtts och accepterats utan problem.
class-3xx-title = Omdirigering
class-3xx-description = Klienten måste vidta ytterligare åtgärder för att slutföra begäran, oftast genom att följa en omdirigering till en annan adress.
class-4xx-title = Klientfel
class-4xx-description = Begäran innehåller ett fel, till exempel felaktig syntax, eller kan inte uppfyllas i den form den skickades. Klienten bör rätta den innan den försöker igen.
class-5xx-title = Serverfel
class-5xx-description = Servern kunde inte uppfylla en begäran som verkar vara giltig. Problemet ligger hos servern, och det kan hjälpa att försöka igen senare.
