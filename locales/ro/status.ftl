# Human-facing titles and descriptions of every registered HTTP status code.
# The wire phrases live in wire.ftl; titles here may differ from them in form only.

## 1xx Informational

status-100-title = Continuare
status-100-description = Serverul a primit începutul cererii, iar clientul ar trebui să continue cu trimiterea restului. De obicei, este răspunsul la o cerere care a întrebat, prin antetul Expect, dacă serverul ar accepta conținutul înainte ca acesta să fie trimis.
status-101-title = Schimbare de protocol
status-101-description = Serverul acceptă cererea Upgrade a clientului și comută conexiunea la un alt protocol, cum ar fi WebSocket. Tot ce urmează pe conexiune după acest răspuns folosește noul protocol.
status-102-title = Procesare în curs
status-102-description = Un răspuns intermediar prin care serverul îi comunica clientului că a acceptat o cerere WebDAV de lungă durată și încă lucra la ea. Este învechit: specificația WebDAV ulterioară l-a eliminat, așa că clienții nu ar trebui să se bazeze pe el.
status-103-title = Indicii timpurii
status-103-description = Un răspuns intermediar trimis înaintea celui final, de obicei cu antete Link, pentru ca clientul să poată începe preîncărcarea resurselor în timp ce serverul își pregătește răspunsul. Este experimental, iar un client care nu folosește indiciile îl poate ignora pur și simplu.
status-104-title = Suport pentru reluarea încărcării
status-104-description = Un răspuns intermediar prin care serverul anunță că acceptă încărcări reluabile și unde poate fi găsită încărcarea, astfel încât o încărcare întreruptă să poată fi continuată în loc să fie luată de la capăt. Este o înregistrare provizorie pentru proiectul „Încărcări reluabile pentru HTTP” și se poate modifica sau poate expira.

## 2xx Success

status-200-title = OK
status-200-description = Cererea a reușit. Ce conține răspunsul depinde de metodă: pentru GET este resursa cerută, pentru POST de obicei rezultatul acțiunii.
status-201-title = Creat
status-201-description = Cererea a reușit și a creat una sau mai multe resurse noi. Resursa nouă principală este identificată de obicei prin antetul Location al răspunsului.
status-202-title = Acceptat
status-202-description = Cererea a fost acceptată pentru procesare, dar procesarea nu s-a încheiat și poate încă eșua. Este tipic pentru sarcinile puse în coadă sau executate în fundal; răspunsul indică adesea unde se poate urmări progresul.
status-203-title = Informații neautoritative
status-203-description = Cererea a reușit, dar un proxy care transformă conținutul l-a modificat, așa că acesta nu este exact ceea ce a trimis serverul de origine.
status-204-title = Fără conținut
status-204-description = Cererea a reușit și nu există nimic de trimis înapoi. Un browser rămâne pe pagina curentă, iar un client API nu ar trebui să aștepte un corp de răspuns.
status-205-title = Resetare conținut
status-205-description = Cererea a reușit, iar clientul ar trebui să reseteze vizualizarea care a trimis-o, de exemplu să golească un formular pentru a putea fi introduse date noi. Răspunsul nu are conținut.
status-206-title = Conținut parțial
status-206-description = Serverul trimite doar părțile resursei pe care clientul le-a cerut prin antetul Range. Așa se reiau descărcările și așa sar playerele media la o anumită poziție dintr-un fișier.
status-207-title = Stări multiple
status-207-description = Un răspuns WebDAV care raportează, într-un corp XML, câte o stare separată pentru fiecare dintre mai multe resurse sau operații. Verificați fiecare stare din corp, nu codul general.
status-208-title = Deja raportat
status-208-description = Folosit în interiorul unui răspuns WebDAV cu stări multiple pentru a indica faptul că membrii unei colecții au fost deja enumerați mai devreme în același răspuns și nu se repetă. Astfel, o resursă accesibilă prin mai multe legări nu este enumerată de multe ori.
status-226-title = IM utilizat
status-226-description = Serverul a îndeplinit o cerere GET, iar răspunsul este rezultatul uneia sau mai multor manipulări de instanță, cum ar fi o deltă, aplicate versiunii curente a resursei. Face parte din extensia HTTP pentru codificarea delta.

## 3xx Redirection

status-300-title = Opțiuni multiple
status-300-description = Resursa are mai multe reprezentări, fiecare cu propria adresă, iar utilizatorul sau clientul ar trebui să aleagă una. Serverul își poate indica alegerea preferată în antetul Location.
status-301-title = Mutat permanent
status-301-description = Resursa s-a mutat definitiv la adresa din antetul Location, iar linkurile și marcajele ar trebui actualizate cu aceasta. Când urmează redirecționarea, clienții pot transforma un POST într-un GET; 308 este varianta care păstrează metoda.
status-302-title = Găsit
status-302-description = Resursa se află temporar la adresa din antetul Location, iar pentru cererile viitoare ar trebui folosită în continuare adresa originală. Când urmează redirecționarea, clienții pot transforma un POST într-un GET; 307 este varianta care păstrează metoda.
status-303-title = Vezi altă resursă
status-303-description = Serverul trimite clientul către o altă resursă, indicată în antetul Location, care ar trebui obținută cu GET. Este folosit adesea după trimiterea unui formular, pentru a afișa o pagină cu rezultatul.
status-304-title = Nemodificat
status-304-description = O cerere condiționată a constatat că resursa nu s-a schimbat față de versiunea pe care clientul o are deja, așa că acesta poate folosi copia din memoria cache. Răspunsul nu are conținut.
status-305-title = Utilizare proxy
status-305-description = Îi cerea odinioară clientului să repete cererea prin proxy-ul indicat în antetul Location. Este învechit din motive de securitate, deoarece permitea unui server să direcționeze traficul unui client prin orice proxy, iar clienții actuali nu țin cont de el.
status-307-title = Redirecționare temporară
status-307-description = Resursa se află temporar la adresa din antetul Location, iar clientul trebuie să repete cererea acolo cu aceeași metodă și același conținut. Cererile viitoare ar trebui să meargă în continuare la adresa originală.
status-308-title = Redirecționare permanentă
status-308-description = Resursa s-a mutat definitiv la adresa din antetul Location, iar clientul trebuie să repete cererea acolo cu aceeași metodă și același conținut. Cererile viitoare ar trebui să folosească noua adresă.

## 4xx Client Error

status-400-title = Cerere greșită
status-400-description = Serverul nu poate sau nu vrea să proceseze cererea din cauza a ceva ce consideră o eroare a clientului, cum ar fi o sintaxă greșită sau un mesaj nevalid. Corectați cererea înainte de a o trimite din nou.
status-401-title = Autentificare necesară
status-401-description = Cererii îi lipsesc date de autentificare valide pentru resursă. Antetul WWW-Authenticate al răspunsului arată cum vă puteți autentifica; conectați-vă sau trimiteți datele de autentificare, apoi încercați din nou.
status-402-title = Plată necesară
status-402-description = Rezervat pentru utilizare viitoare; HTTP nu definește ce înseamnă. Unele servicii îl folosesc neoficial pentru a indica faptul că este necesară o plată sau un abonament.
status-403-title = Acces interzis
status-403-description = Serverul a înțeles cererea, dar refuză să o execute. Spre deosebire de 401, o nouă conectare cu aceleași date de autentificare nu va ajuta: clientul nu are permisiune pentru această resursă.
status-404-title = Negăsit
status-404-description = Serverul nu are nimic la această adresă sau nu vrea să dezvăluie că există ceva acolo. Verificați dacă adresa conține greșeli de tastare; este posibil ca pagina să fi fost mutată sau ștearsă.
status-405-title = Metodă nepermisă
status-405-description = Resursa există, dar nu acceptă metoda cererii, de exemplu un POST către o pagină care poate fi doar citită. Antetul Allow al răspunsului enumeră metodele pe care le acceptă.
status-406-title = Inacceptabil
status-406-description = Serverul nu are nicio versiune a resursei care să corespundă cu ceea ce clientul a declarat în antetele Accept că acceptă, cum ar fi tipul media sau limba, și nu va trimite una implicită.
status-407-title = Autentificare proxy necesară
status-407-description = La fel ca 401, dar clientul trebuie mai întâi să se autentifice la un proxy aflat între el și server. Antetul Proxy-Authenticate al răspunsului arată cum.
status-408-title = Timp de așteptare depășit pentru cerere
status-408-description = Serverul nu a primit o cerere completă în timpul pe care era dispus să-l aștepte și închide conexiunea. Clientul poate trimite cererea din nou pe o conexiune nouă.
status-409-title = Conflict
status-409-description = Cererea intră în conflict cu starea curentă a resursei, de exemplu o modificare bazată pe o versiune depășită. Rezolvați conflictul, adesea obținând cea mai recentă versiune, și încercați din nou.
status-410-title = Eliminat definitiv
status-410-description = Resursa a existat aici, dar a fost eliminată intenționat și nu va reveni; nu se cunoaște nicio adresă nouă. Linkurile către ea ar trebui șterse.
status-411-title = Lungime necesară
status-411-description = Serverul refuză cererea deoarece nu are antetul Content-Length. Trimiteți-o din nou, cu lungimea conținutului.
status-412-title = Precondiție neîndeplinită
status-412-description = O condiție din antetele cererii, cum ar fi If-Match sau If-Unmodified-Since, s-a dovedit falsă pe server. De obicei, astfel se evită suprascrierea unei resurse pe care altcineva a modificat-o între timp.
status-413-title = Conținut prea mare
status-413-description = Conținutul cererii este mai mare decât poate sau vrea serverul să proceseze. Trimiteți mai puține date; dacă limita este doar temporară, antetul Retry-After poate indica când să încercați din nou.
status-414-title = URI prea lung
status-414-description = Adresa cerută este mai lungă decât este dispus serverul să interpreteze. Cauza este adesea punerea prea multor date în șirul de interogare; trimiteți astfel de date în corpul cererii.
status-415-title = Tip media neacceptat
status-415-description = Serverul refuză cererea deoarece conținutul ei are un format sau folosește o codificare pe care resursa nu o acceptă pentru această metodă. Verificați antetele Content-Type și Content-Encoding.
status-416-title = Interval imposibil de satisfăcut
status-416-description = Niciunul dintre intervalele cerute în antetul Range nu poate fi servit, de exemplu pentru că încep după sfârșitul resursei. De obicei, răspunsul indică lungimea curentă a resursei într-un antet Content-Range.
status-417-title = Așteptare neîndeplinită
status-417-description = Serverul nu poate îndeplini așteptarea declarată în antetul Expect al cererii. Clientul poate trimite cererea din nou fără acest antet.
status-418-title = Sunt un ceainic
status-418-description = Rezervat și neutilizat în HTTP. Provine din Protocolul hipertext de control al cafetierei, o farsă de 1 aprilie în care un ceainic refuză să facă cafea, iar unele servere îl mai trimit ca surpriză ascunsă (easter egg).
status-421-title = Cerere direcționată greșit
status-421-description = Cererea a ajuns la un server care nu poate produce un răspuns pentru adresa ei, de exemplu pentru că o conexiune reutilizată duce la un server care nu este configurat pentru acel nume de gazdă. Clientul poate reîncerca printr-o altă conexiune.
status-422-title = Conținut imposibil de procesat
status-422-description = Serverul înțelege tipul conținutului, iar sintaxa este corectă, dar nu poate acționa conform conținutului, de exemplu pentru că datele nu trec validarea. Corectați datele înainte de a reîncerca.
status-423-title = Blocat
status-423-description = Resursa WebDAV este blocată, deci metoda nu i se poate aplica. Așteptați până când blocarea este eliberată sau trimiteți tokenul de blocare, dacă dețineți blocarea.
status-424-title = Dependență eșuată
status-424-description = Metoda nu a putut fi executată asupra resursei, deoarece a eșuat o altă acțiune de care depindea. În WebDAV se întâmplă, de exemplu, când o modificare dintr-un set eșuează și, prin urmare, celelalte nu sunt aplicate.
status-425-title = Prea devreme
status-425-description = Serverul nu va procesa o cerere trimisă ca date timpurii TLS (early data), deoarece un atacator ar putea retransmite astfel de date. Clientul ar trebui să trimită cererea din nou după ce negocierea conexiunii (handshake) s-a încheiat.
status-426-title = Upgrade necesar
status-426-description = Serverul refuză să trateze cererea prin protocolul curent, dar o poate face după ce clientul trece la un altul. Antetul Upgrade al răspunsului numește protocoalele pe care le cere.
status-428-title = Precondiție necesară
status-428-description = Serverul impune ca cererea să fie condiționată, de exemplu să conțină un antet If-Match, pentru ca modificările făcute de clienți diferiți să nu se suprascrie reciproc. Obțineți versiunea curentă și trimiteți cererea din nou cu o condiție.
status-429-title = Prea multe cereri
status-429-description = Clientul a trimis prea multe cereri într-un anumit interval de timp și i se aplică o limită de frecvență. Încetiniți; antetul Retry-After poate indica cât să așteptați.
status-431-title = Câmpuri de antet ale cererii prea mari
status-431-description = Serverul nu va procesa cererea deoarece câmpurile ei de antet, fie unul singur, fie toate la un loc, sunt prea mari. Micșorați antetele, de exemplu ștergând cookie-urile site-ului, și încercați din nou.
status-451-title = Indisponibil din motive legale
status-451-description = Serverul refuză accesul la resursă din cauza unei cerințe legale, cum ar fi o hotărâre judecătorească sau cenzura guvernamentală. Răspunsul ar trebui să explice care este cerința și cine a formulat-o.

## 5xx Server Error

status-500-title = Eroare internă a serverului
status-500-description = Serverul a întâmpinat o situație neașteptată care l-a împiedicat să îndeplinească cererea. Defecțiunea este de partea serverului; încercați din nou mai târziu, iar dacă problema persistă, contactați administratorii site-ului.
status-501-title = Neimplementat
status-501-description = Serverul nu acceptă funcționalitatea necesară pentru a îndeplini cererea, de obicei pentru că nu recunoaște deloc metoda cererii. Spre deosebire de 405, aceasta se aplică întregului server, nu unei singure resurse.
status-502-title = Gateway invalid
status-502-description = Un server care acționează ca gateway sau proxy a primit un răspuns nevalid de la serverul din amonte pe care l-a contactat. Problema se află între servere, iar o nouă încercare mai târziu poate ajuta.
status-503-title = Serviciu indisponibil
status-503-description = Serverul nu poate trata cererea în acest moment, de obicei pentru că este supraîncărcat sau oprit pentru întreținere. Încercați din nou mai târziu; antetul Retry-After poate indica când.
status-504-title = Timp de așteptare depășit pentru gateway
status-504-description = Un server care acționează ca gateway sau proxy nu a primit la timp un răspuns de la serverul din amonte pe care trebuia să-l contacteze. O nouă încercare mai târziu poate ajuta.
status-505-title = Versiune HTTP neacceptată
status-505-description = Serverul nu acceptă sau refuză să accepte versiunea majoră de HTTP folosită în cerere. Clientul ar trebui să încerce din nou cu o altă versiune a protocolului.
status-506-title = Varianta negociază și ea
status-506-description = Serverul este configurat greșit pentru negocierea transparentă a conținutului: varianta aleasă este ea însăși configurată să negocieze, ceea ce nu s-ar termina niciodată. Provine dintr-o specificație experimentală și se întâlnește rar.
status-507-title = Spațiu de stocare insuficient
status-507-description = Serverul nu poate stoca ceea ce îi trebuie pentru a finaliza cererea, de exemplu pentru că un disc sau o cotă este plină. În WebDAV, această situație este considerată temporară.
status-508-title = Buclă detectată
status-508-description = Serverul a oprit o operație deoarece a găsit o buclă infinită în timpul procesării unei cereri WebDAV cu adâncime infinită. Întreaga operație a eșuat.
status-510-title = Neextins
status-510-description = Cererea nu a inclus declarațiile de extensie pe care serverul le cere conform cadrului de extensii pentru HTTP (HTTP Extension Framework). Codul este scos din uz: acel cadru a fost trecut la statutul Historic (istoric), iar codul nu ar trebui folosit.
status-511-title = Autentificare în rețea necesară
status-511-description = Clientul trebuie să se conecteze pentru a obține acces la rețea, de obicei pe un portal captiv al unei rețele Wi-Fi publice; răspunsul vine de la rețea, nu de la site-ul care a fost cerut. Deschideți o pagină web și conectați-vă sau acceptați condițiile rețelei.
