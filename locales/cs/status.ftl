# Human-facing titles and descriptions of every registered HTTP status code.
# The wire phrases live in wire.ftl; titles here may differ from them in form only.

## 1xx Informational

status-100-title = Pokračovat
status-100-description = Server přijal začátek požadavku a klient by měl pokračovat v odesílání jeho zbytku. Obvykle jde o odpověď na požadavek, který se hlavičkou Expect zeptal, zda server obsah přijme, ještě než bude odeslán.
status-101-title = Přepínání protokolů
status-101-description = Server vyhovuje požadavku klienta na Upgrade a přepíná připojení na jiný protokol, například WebSocket. Vše, co po této odpovědi v připojení následuje, používá nový protokol.
status-102-title = Zpracování
status-102-description = Průběžná odpověď, kterou server klientovi sděloval, že přijal dlouhý požadavek WebDAV a stále na něm pracuje. Kód je zastaralý: pozdější specifikace WebDAV ho odstranila, takže by se na něj klienti neměli spoléhat.
status-103-title = Předběžné nápovědy
status-103-description = Průběžná odpověď odeslaná před konečnou, obvykle s hlavičkami Link, aby klient mohl začít předem načítat zdroje, zatímco server připravuje svou odpověď. Kód je experimentální a klient, který nápovědy nevyužívá, ho může jednoduše ignorovat.
status-104-title = Podporováno navázání nahrávání
status-104-description = Průběžná odpověď, ve které server oznamuje, že podporuje navazované nahrávání, a uvádí, kde nahrávání najít, aby přerušené nahrávání mohlo pokračovat a nemuselo začínat znovu. Jde o prozatímní registraci pro návrh „Navazované nahrávání v HTTP“, která se může změnit nebo vypršet.

## 2xx Success

status-200-title = OK
status-200-description = Požadavek byl úspěšný. Co odpověď obsahuje, závisí na metodě: u GET je to požadovaný zdroj, u POST obvykle výsledek provedené akce.
status-201-title = Vytvořeno
status-201-description = Požadavek byl úspěšný a vytvořil jeden nebo více nových zdrojů. Hlavní nový zdroj obvykle určuje hlavička Location v odpovědi.
status-202-title = Přijato
status-202-description = Požadavek byl přijat ke zpracování, ale zpracování ještě neskončilo a může stále selhat. Typicky se používá u úloh ve frontě nebo na pozadí; odpověď často uvádí, kde lze sledovat průběh.
status-203-title = Neautoritativní informace
status-203-description = Požadavek byl úspěšný, ale transformující proxy server obsah upravil, takže není přesně takový, jaký ho odeslal původní server.
status-204-title = Žádný obsah
status-204-description = Požadavek byl úspěšný a není co poslat zpět. Prohlížeč zůstane na aktuální stránce a klient API by neměl očekávat tělo odpovědi.
status-205-title = Obnovit obsah
status-205-description = Požadavek byl úspěšný a klient by měl vrátit do výchozího stavu zobrazení, které ho odeslalo, například vymazat formulář, aby bylo možné zadat nové údaje. Odpověď nemá žádný obsah.
status-206-title = Částečný obsah
status-206-description = Server posílá jen ty části zdroje, o které klient požádal hlavičkou Range. Takto se navazuje přerušené stahování a takto přehrávače médií přeskakují na určité místo v souboru.
status-207-title = Více stavů
status-207-description = Odpověď WebDAV, která v těle ve formátu XML uvádí samostatný stav pro každý z několika zdrojů nebo operací. Kontrolujte jednotlivé stavy v těle, ne celkový kód.
status-208-title = Již oznámeno
status-208-description = Používá se uvnitř odpovědi WebDAV s více stavy k oznámení, že členové kolekce už byli vypsáni dříve v téže odpovědi a znovu se neuvádějí. Zabraňuje tomu, aby se zdroj dosažitelný přes několik vazeb vypisoval mnohokrát.
status-226-title = IM použito
status-226-description = Server vyřídil požadavek GET a odpověď je výsledkem jedné nebo více manipulací s instancí (například delty), použitých na aktuální verzi zdroje. Patří k rozšíření HTTP o delta kódování.

## 3xx Redirection

status-300-title = Více možností
status-300-description = Zdroj má několik reprezentací, každou s vlastní adresou, a uživatel nebo klient by si měl jednu vybrat. Server může svou upřednostňovanou volbu uvést v hlavičce Location.
status-301-title = Trvale přesunuto
status-301-description = Zdroj se natrvalo přesunul na adresu uvedenou v hlavičce Location a odkazy i záložky by se měly aktualizovat na ni. Klienti mohou při následování tohoto přesměrování změnit POST na GET; variantou, která metodu zachová, je 308.
status-302-title = Nalezeno
status-302-description = Zdroj je dočasně na adrese uvedené v hlavičce Location a pro budoucí požadavky by se měla dál používat původní adresa. Klienti mohou při následování tohoto přesměrování změnit POST na GET; variantou, která metodu zachová, je 307.
status-303-title = Viz jinde
status-303-description = Server posílá klienta na jiný zdroj uvedený v hlavičce Location, který by se měl načíst metodou GET. Často se používá po odeslání formuláře k zobrazení stránky s výsledkem.
status-304-title = Nezměněno
status-304-description = Podmíněný požadavek zjistil, že se zdroj od verze, kterou klient už má, nezměnil, takže klient může použít svou kopii z mezipaměti. Odpověď nemá žádný obsah.
status-305-title = Použít proxy
status-305-description = Tento kód dříve klientovi říkal, aby požadavek zopakoval přes proxy server uvedený v hlavičce Location. Z bezpečnostních důvodů je zastaralý, protože serveru umožňoval směrovat provoz klienta přes libovolný proxy server, a současní klienti se jím neřídí.
status-307-title = Dočasné přesměrování
status-307-description = Zdroj je dočasně na adrese uvedené v hlavičce Location a klient tam musí požadavek zopakovat se stejnou metodou a obsahem. Budoucí požadavky by měly dál směřovat na původní adresu.
status-308-title = Trvalé přesměrování
status-308-description = Zdroj se natrvalo přesunul na adresu uvedenou v hlavičce Location a klient tam musí požadavek zopakovat se stejnou metodou a obsahem. Budoucí požadavky by měly používat novou adresu.

## 4xx Client Error

status-400-title = Chybný požadavek
status-400-description = Server nemůže nebo nechce požadavek zpracovat kvůli něčemu, co považuje za chybu klienta, například kvůli chybné syntaxi nebo neplatné zprávě. Před dalším odesláním požadavek opravte.
status-401-title = Vyžadováno ověření
status-401-description = Požadavku chybí platné přihlašovací údaje k tomuto zdroji. Hlavička WWW-Authenticate v odpovědi uvádí, jak se ověřit; přihlaste se nebo pošlete přihlašovací údaje a zkuste to znovu.
status-402-title = Vyžadována platba
status-402-description = Vyhrazeno pro budoucí použití; HTTP nedefinuje, co znamená. Některé služby ho neformálně používají k oznámení, že je potřeba platba nebo předplatné.
status-403-title = Zakázáno
status-403-description = Server požadavku porozuměl, ale odmítá ho provést. Na rozdíl od 401 nepomůže znovu se přihlásit se stejnými přihlašovacími údaji: klient k tomuto zdroji nemá oprávnění.
status-404-title = Nenalezeno
status-404-description = Server na této adrese nic nemá, nebo nechce prozradit, že tam něco je. Zkontrolujte, zda v adrese není překlep; stránka mohla být přesunuta nebo smazána.
status-405-title = Nepovolená metoda
status-405-description = Zdroj existuje, ale nepřijímá metodu požadavku, například POST na stránku určenou jen ke čtení. Hlavička Allow v odpovědi uvádí metody, které přijímá.
status-406-title = Nepřijatelné
status-406-description = Server nemá žádnou verzi zdroje, která by odpovídala tomu, co klient v hlavičkách Accept uvedl, že přijímá (například typ média nebo jazyk), a výchozí verzi poslat nechce.
status-407-title = Vyžadováno ověření na proxy
status-407-description = Jako 401, ale klient se musí nejprve ověřit u proxy serveru, který stojí mezi ním a serverem. Jak to udělat, uvádí hlavička Proxy-Authenticate v odpovědi.
status-408-title = Vypršel časový limit požadavku
status-408-description = Server neobdržel úplný požadavek v době, po kterou byl ochoten čekat, a ukončuje připojení. Klient může požadavek odeslat znovu v novém připojení.
status-409-title = Konflikt
status-409-description = Požadavek je v rozporu s aktuálním stavem zdroje, například jde o úpravu založenou na zastaralé verzi. Vyřešte konflikt, často tak, že načtete nejnovější verzi, a zkuste to znovu.
status-410-title = Odstraněno
status-410-description = Zdroj tu dříve byl, ale byl záměrně odstraněn a už se nevrátí; žádná nová adresa není známa. Odkazy na něj by se měly smazat.
status-411-title = Vyžadována délka
status-411-description = Server požadavek odmítá, protože nemá hlavičku Content-Length. Pošlete ho znovu s uvedenou délkou obsahu.
status-412-title = Nesplněná předběžná podmínka
status-412-description = Podmínka v hlavičkách požadavku, například If-Match nebo If-Unmodified-Since, se na serveru ukázala jako nepravdivá. Obvykle to zabrání přepsání zdroje, který mezitím změnil někdo jiný.
status-413-title = Příliš velký obsah
status-413-description = Obsah požadavku je větší, než je server ochoten nebo schopen zpracovat. Pošlete méně dat; pokud je limit jen dočasný, hlavička Retry-After může uvádět, kdy to zkusit znovu.
status-414-title = Příliš dlouhé URI
status-414-description = Požadovaná adresa je delší, než je server ochoten zpracovat. Často to způsobí příliš mnoho dat v řetězci dotazu; taková data posílejte raději v těle požadavku.
status-415-title = Nepodporovaný typ média
status-415-description = Server požadavek odmítá, protože jeho obsah je ve formátu nebo používá kódování, které zdroj pro tuto metodu nepodporuje. Zkontrolujte hlavičky Content-Type a Content-Encoding.
status-416-title = Nesplnitelný rozsah
status-416-description = Žádný z rozsahů požadovaných v hlavičce Range nelze poskytnout, například proto, že začínají za koncem zdroje. Odpověď obvykle uvádí aktuální délku zdroje v hlavičce Content-Range.
status-417-title = Nesplněné očekávání
status-417-description = Server nemůže splnit očekávání uvedené v hlavičce Expect požadavku. Klient může požadavek odeslat znovu bez této hlavičky.
status-418-title = Jsem čajová konvice
status-418-description = Kód je v HTTP vyhrazený a nepoužívaný. Pochází z Hypertextového protokolu pro ovládání konvice na kávu, aprílového žertu, ve kterém čajová konvice odmítá uvařit kávu, a některé servery ho dodnes posílají jako skrytý vtip (easter egg).
status-421-title = Nesprávně směrovaný požadavek
status-421-description = Požadavek dorazil na server, který pro jeho adresu nedokáže vytvořit odpověď, například proto, že znovu použité připojení vede na server, který pro daný název hostitele není nastavený. Klient to může zkusit znovu přes jiné připojení.
status-422-title = Nezpracovatelný obsah
status-422-description = Server rozumí typu obsahu a syntaxe je správná, ale podle obsahu nemůže jednat, například proto, že data neprošla validací. Před dalším pokusem data opravte.
status-423-title = Uzamčeno
status-423-description = Zdroj WebDAV je uzamčený, takže na něj metodu nelze použít. Počkejte, až bude zámek uvolněn, nebo pošlete token zámku, pokud zámek držíte.
status-424-title = Selhání závislosti
status-424-description = Metodu nebylo možné na zdroji provést, protože selhala jiná akce, na které závisela. Ve WebDAV se to stává například tehdy, když jedna změna ze sady selže, a ostatní se proto neprovedou.
status-425-title = Příliš brzy
status-425-description = Server nezpracuje požadavek odeslaný jako časná data TLS (early data), protože útočník by taková data mohl přehrát znovu. Klient by měl požadavek odeslat znovu, až bude navazování spojení (handshake) dokončeno.
status-426-title = Vyžadován upgrade
status-426-description = Server odmítá požadavek zpracovat přes současný protokol, ale může tak učinit, jakmile klient přejde na jiný. Hlavička Upgrade v odpovědi uvádí protokoly, které vyžaduje.
status-428-title = Vyžadována předběžná podmínka
status-428-description = Server vyžaduje, aby byl požadavek podmíněný, například aby obsahoval hlavičku If-Match, a změny od různých klientů se tak navzájem nepřepisovaly. Načtěte aktuální verzi a pošlete požadavek znovu s podmínkou.
status-429-title = Příliš mnoho požadavků
status-429-description = Klient odeslal za určitou dobu příliš mnoho požadavků a jeho rychlost je omezována. Zpomalte; hlavička Retry-After může uvádět, jak dlouho čekat.
status-431-title = Příliš velká pole hlavičky požadavku
status-431-description = Server požadavek nezpracuje, protože pole jeho hlavičky – jednotlivé pole nebo všechna dohromady – jsou příliš velká. Zmenšete hlavičky, například vymazáním souborů cookie pro daný web, a zkuste to znovu.
status-451-title = Nedostupné z právních důvodů
status-451-description = Server odmítá přístup ke zdroji kvůli právnímu nařízení, například soudnímu příkazu nebo státní cenzuře. Odpověď by měla vysvětlit, o jaké nařízení jde a kdo ho vydal.

## 5xx Server Error

status-500-title = Interní chyba serveru
status-500-description = Server narazil na neočekávanou situaci, která mu zabránila požadavek vyřídit. Chyba je na straně serveru; zkuste to později, a pokud problém přetrvává, obraťte se na správce webu.
status-501-title = Neimplementováno
status-501-description = Server nepodporuje funkci potřebnou k vyřízení požadavku, obvykle proto, že metodu požadavku vůbec nezná. Na rozdíl od 405 se to týká celého serveru, nikoli jednoho zdroje.
status-502-title = Chybná brána
status-502-description = Server fungující jako brána nebo proxy dostal neplatnou odpověď od nadřazeného serveru, na který se obrátil. Problém je mezi servery a pozdější opakování může pomoci.
status-503-title = Služba nedostupná
status-503-description = Server teď nemůže požadavek zpracovat, obvykle proto, že je přetížený nebo mimo provoz kvůli údržbě. Zkuste to později; hlavička Retry-After může uvádět kdy.
status-504-title = Vypršel časový limit brány
status-504-description = Server fungující jako brána nebo proxy nedostal včas odpověď od nadřazeného serveru, na který se potřeboval obrátit. Pozdější opakování může pomoci.
status-505-title = Nepodporovaná verze HTTP
status-505-description = Server nepodporuje nebo odmítá podporovat hlavní verzi HTTP použitou v požadavku. Klient by to měl zkusit znovu s jinou verzí protokolu.
status-506-title = Varianta také vyjednává
status-506-description = Server je chybně nakonfigurován pro transparentní vyjednávání obsahu: varianta, kterou zvolil, je sama nastavena tak, aby vyjednávala, což by nikdy neskončilo. Pochází z experimentální specifikace a vyskytuje se zřídka.
status-507-title = Nedostatek úložného prostoru
status-507-description = Server nemůže uložit to, co potřebuje k dokončení požadavku, například proto, že je zaplněný disk nebo vyčerpaná kvóta. Ve WebDAV se tento stav považuje za dočasný.
status-508-title = Zjištěna smyčka
status-508-description = Server zastavil operaci, protože při zpracování požadavku WebDAV s nekonečnou hloubkou narazil na nekonečnou smyčku. Celá operace selhala.
status-510-title = Nerozšířeno
status-510-description = Požadavek neobsahoval deklarace rozšíření, které server vyžaduje podle rámce pro rozšíření HTTP (HTTP Extension Framework). Kód je zrušený: tento rámec byl přeřazen mezi historické (Historic) a kód by se neměl používat.
status-511-title = Vyžadováno ověření v síti
status-511-description = Klient se musí přihlásit, aby získal přístup k síti, typicky na přihlašovací stránce (captive portal) veřejné Wi-Fi; odpověď pochází ze sítě, ne z webu, který byl požadován. Otevřete webovou stránku a přihlaste se nebo přijměte podmínky sítě.
