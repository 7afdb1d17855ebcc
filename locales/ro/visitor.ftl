# What an error page tells a visitor who is not a developer: for every client (4xx) and
# server (5xx) error, a short message that leads the page, and the action to suggest.
# Write for anyone using a website: no jargon ("request" is fine, "upstream" or "POST" are
# not), address the visitor directly, one or two short sentences each. The technical
# description of each code (status.ftl) appears below it, under "Technical details".
# Keep the tone calm and never blame the visitor.
# Romanian: the polite plural ("încercați", "browserul dvs."), as Romanian websites write it.

## Client errors (4xx): something about the request. visitor-NNN leads the page;
## visitor-NNN-action says what the visitor can do.

visitor-400 = Site-ul nu a putut înțelege cererea trimisă de browserul dvs.
visitor-400-action = Reveniți la pagina anterioară și încercați din nou. Dacă problema persistă, ștergeți cookie-urile acestui site sau folosiți alt browser.
visitor-401 = Trebuie să vă conectați pentru a vedea această pagină.
visitor-401-action = Conectați-vă, apoi încercați din nou.
visitor-402 = Acest conținut necesită o plată sau un abonament.
visitor-402-action = Verificați abonamentul sau datele de plată pe acest site.
visitor-403 = Nu aveți permisiunea de a vedea această pagină.
visitor-403-action = Dacă considerați că ar trebui să aveți acces, contactați proprietarul site-ului.
visitor-404 = Nu am găsit pagina pe care o căutați.
visitor-404-action = Verificați dacă adresa conține greșeli de tastare sau începeți din nou de la pagina principală.
visitor-405 = Această pagină nu poate fi folosită în felul în care tocmai a încercat browserul dvs.
visitor-405-action = Reveniți la pagina anterioară și încercați din nou de acolo.
visitor-406 = Site-ul nu are nicio versiune a acestei pagini într-un format sau într-o limbă pe care le acceptă browserul dvs.
visitor-406-action = Încercați din nou cu alt browser sau modificați setările de limbă ale browserului.
visitor-407 = Rețeaua pe care o folosiți vă cere să vă conectați înainte de a putea accesa acest site.
visitor-407-action = Conectați-vă la rețea, apoi încercați din nou.
visitor-408 = Site-ul a așteptat prea mult ca browserul dvs. să termine de trimis cererea.
visitor-408-action = Încercați din nou. Dacă aveți o conexiune lentă, așteptați mai întâi puțin.
visitor-409 = Modificarea dvs. intră în conflict cu starea actuală a acestei pagini, poate pentru că altcineva a modificat-o înaintea dvs.
visitor-409-action = Reîncărcați pagina ca să vedeți cea mai recentă versiune, apoi faceți din nou modificarea.
visitor-410 = Această pagină a fost eliminată definitiv.
visitor-410-action = Începeți din nou de la pagina principală sau căutați pe site conținut asemănător.
visitor-411 = Browserul dvs. a trimis cererea într-o formă pe care site-ul nu o poate accepta.
visitor-411-action = Încercați din nou. Dacă problema persistă, folosiți alt browser.
visitor-412 = Pagina s-a schimbat de când browserul dvs. a încărcat-o ultima dată, așa că nu s-a efectuat nicio acțiune.
visitor-412-action = Reîncărcați pagina, apoi încercați din nou.
visitor-413 = Ceea ce ați încercat să trimiteți depășește dimensiunea acceptată de acest site.
visitor-413-action = Încercați cu un fișier mai mic sau trimiteți mai puțin deodată.
visitor-414 = Adresa web este prea lungă pentru ca site-ul să o poată procesa.
visitor-414-action = Verificați adresa sau reveniți și accesați din nou linkul.
visitor-415 = Site-ul nu acceptă acest tip de fișier sau de date.
visitor-415-action = Încercați din nou cu un fișier în alt format.
visitor-416 = Partea din fișier cerută de browserul dvs. nu există.
visitor-416-action = Reluați descărcarea de la început.
visitor-417 = Site-ul nu poate îndeplini o condiție stabilită de browserul dvs. pentru această cerere.
visitor-417-action = Încercați din nou. Dacă problema persistă, folosiți alt browser.
visitor-418 = Acest server este un ceainic, iar ceainicele nu fac cafea.
visitor-418-action = Încercați mai degrabă cu o cafetieră.
visitor-421 = Cererea dvs. a ajuns la un server care nu deservește acest site.
visitor-421-action = Reîncărcați pagina peste câteva momente.
visitor-422 = Site-ul a înțeles ce ați trimis, dar unele date nu sunt valide.
visitor-422-action = Verificați ce ați introdus, corectați datele și trimiteți-le din nou.
visitor-423 = Acest element este blocat pentru că este folosit sau editat în acest moment.
visitor-423-action = Așteptați puțin, apoi încercați din nou.
visitor-424 = Acțiunea nu a putut fi finalizată, deoarece a eșuat un pas de care depinde.
visitor-424-action = Încercați din nou întreaga operațiune.
visitor-425 = Pentru siguranța dvs., site-ul nu a dat încă curs acestei cereri.
visitor-425-action = Încercați din nou.
visitor-426 = Site-ul are nevoie de o conexiune mai nouă și mai sigură decât cea folosită de browserul dvs.
visitor-426-action = Actualizați browserul sau aplicația, apoi încercați din nou.
visitor-428 = Ca să nu fie suprascrise modificările altcuiva, site-ul trebuie să știe ce versiune editați.
visitor-428-action = Reîncărcați pagina, apoi faceți din nou modificarea.
visitor-429 = Într-un interval scurt au sosit de la dvs. prea multe cereri.
visitor-429-action = Așteptați puțin, apoi încercați din nou.
visitor-431 = Browserul dvs. a trimis prea multe informații suplimentare odată cu cererea, adesea din cauza unor cookie-uri mari.
visitor-431-action = Ștergeți cookie-urile acestui site, apoi încercați din nou.
visitor-451 = Această pagină nu este disponibilă aici din motive legale.
visitor-451-action = Începeți din nou de la pagina principală; este posibil ca site-ul să explice motivul în altă parte.

## Server errors (5xx): something went wrong on the site's side, not the visitor's.

visitor-500 = Ceva nu a mers bine de partea site-ului.
visitor-500-action = Încercați din nou peste câteva minute. Dacă problema persistă, anunțați proprietarul site-ului.
visitor-501 = Site-ul nu poate face ceea ce i-a cerut browserul dvs.
visitor-501-action = Reveniți la pagina anterioară.
visitor-502 = Site-ul nu a primit un răspuns valid de la un alt server de care depinde.
visitor-502-action = Încercați din nou peste câteva minute.
visitor-503 = Site-ul nu vă poate procesa cererea în acest moment.
visitor-503-action = Încercați din nou peste câteva minute.
visitor-504 = Site-ul a așteptat prea mult răspunsul unui alt server de care depinde.
visitor-504-action = Încercați din nou peste câteva minute.
visitor-505 = Site-ul nu acceptă tipul de conexiune folosit de browserul dvs.
visitor-505-action = Actualizați browserul sau aplicația, apoi încercați din nou.
visitor-506 = Site-ul este configurat într-un mod care îl împiedică să aleagă ce versiune a acestei pagini să afișeze.
visitor-506-action = Anunțați proprietarul site-ului.
visitor-507 = Site-ul a rămas fără spațiu de stocare pentru cererea dvs.
visitor-507-action = Încercați din nou mai târziu sau anunțați proprietarul site-ului.
visitor-508 = Site-ul a intrat într-o buclă în timp ce vă procesa cererea.
visitor-508-action = Anunțați proprietarul site-ului.
visitor-510 = Site-ul are nevoie de mai multe informații în cerere înainte de a o putea procesa.
visitor-510-action = Anunțați proprietarul site-ului.
visitor-511 = Trebuie să vă conectați la rețea înainte de a putea folosi internetul.
visitor-511-action = Deschideți orice pagină web ca să ajungeți la pagina de conectare a rețelei, apoi conectați-vă.

## Codes without a message of their own (such as 499 or 599) use their class's.

visitor-4xx = A apărut o problemă cu cererea, așa că site-ul nu a putut-o finaliza.
visitor-4xx-action = Verificați adresa sau reveniți și încercați din nou.
visitor-5xx = Ceva nu a mers bine de partea site-ului.
visitor-5xx-action = Încercați din nou peste câteva minute.
