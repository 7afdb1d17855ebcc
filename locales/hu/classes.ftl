# A HTTP-állapotkódok öt osztályának címe és leírása; az osztályt a kód első számjegye adja meg.
# Ezek a nem regisztrált kódokat is leírják, amelyeket az RFC 9110 szerint az osztályuk x00 kódjaként kell kezelni.

class-1xx-title = Tájékoztatás
class-1xx-description = Ideiglenes válasz: a szerver megkapta a kérést, és még dolgozik rajta. A kliensnek meg kell várnia az ezt követő végleges választ.
class-2xx-title = Siker
class-2xx-description = A kérést sikeresen fogadták, értelmezték és elfogadták.
class-3xx-title = Átirányítás
class-3xx-description = A kérés teljesítéséhez a kliensnek további lépéseket kell tennie, általában egy másik címre mutató átirányítást kell követnie.
class-4xx-title = Klienshiba
class-4xx-description = A kérés hibát tartalmaz, például hibás a szintaxisa, vagy az elküldött formájában nem teljesíthető. A kliensnek javítania kell, mielőtt újra próbálkozik.
class-5xx-title = Szerverhiba
class-5xx-description = A szerver nem tudott teljesíteni egy érvényesnek tűnő kérést. A hiba a szerver oldalán van, és egy későbbi újrapróbálkozás segíthet.
