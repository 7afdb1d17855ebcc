# What an error page tells a visitor who is not a developer: for every client (4xx) and
# server (5xx) error, a short message that leads the page, and the action to suggest.
# Write for anyone using a website: no jargon ("request" is fine, "upstream" or "POST" are
# not), address the visitor directly, one or two short sentences each. The technical
# description of each code (status.ftl) appears below it, under "Technical details".
# Keep the tone calm and never blame the visitor.
# Czech: polite "vy" (vykání) in lower case, as Czech websites write interface text.

## Client errors (4xx): something about the request. visitor-NNN leads the page;
## visitor-NNN-action says what the visitor can do.

visitor-400 = Web nerozuměl požadavku, který odeslal váš prohlížeč.
visitor-400-action = Vraťte se zpět a zkuste to znovu. Pokud se to opakuje, vymažte soubory cookie tohoto webu nebo použijte jiný prohlížeč.
visitor-401 = Pro zobrazení této stránky se musíte přihlásit.
visitor-401-action = Přihlaste se a zkuste to znovu.
visitor-402 = Tento obsah vyžaduje platbu nebo předplatné.
visitor-402-action = Zkontrolujte své předplatné nebo platební údaje na tomto webu.
visitor-403 = K zobrazení této stránky nemáte oprávnění.
visitor-403-action = Pokud si myslíte, že byste přístup mít měli, obraťte se na provozovatele webu.
visitor-404 = Stránku, kterou hledáte, jsme nenašli.
visitor-404-action = Zkontrolujte, zda v adrese není překlep, nebo začněte znovu od úvodní stránky.
visitor-405 = Tuto stránku nelze použít tak, jak se o to váš prohlížeč právě pokusil.
visitor-405-action = Vraťte se na předchozí stránku a zkuste to znovu odtamtud.
visitor-406 = Web nemá verzi této stránky ve formátu ani v jazyce, které váš prohlížeč přijímá.
visitor-406-action = Zkuste to v jiném prohlížeči nebo změňte nastavení jazyka v prohlížeči.
visitor-407 = Než se dostanete na tento web, musíte se přihlásit do sítě, kterou používáte.
visitor-407-action = Přihlaste se do sítě a zkuste to znovu.
visitor-408 = Web příliš dlouho čekal, až váš prohlížeč dokončí odesílání požadavku.
visitor-408-action = Zkuste to znovu. Pokud máte pomalé připojení, nejdřív chvíli počkejte.
visitor-409 = Vaše změna je v rozporu s aktuálním stavem této stránky, možná proto, že ji mezitím změnil někdo jiný.
visitor-409-action = Načtěte stránku znovu, abyste viděli nejnovější verzi, a pak změnu proveďte ještě jednou.
visitor-410 = Tato stránka byla trvale odstraněna.
visitor-410-action = Začněte znovu od úvodní stránky nebo na webu vyhledejte podobný obsah.
visitor-411 = Váš prohlížeč odeslal požadavek ve formě, kterou web nemůže přijmout.
visitor-411-action = Zkuste to znovu. Pokud se to opakuje, použijte jiný prohlížeč.
visitor-412 = Tato stránka se od posledního načtení ve vašem prohlížeči změnila, a proto se nic neprovedlo.
visitor-412-action = Načtěte stránku znovu a zkuste to ještě jednou.
visitor-413 = Data, která se pokoušíte odeslat, jsou větší, než tento web přijímá.
visitor-413-action = Zkuste menší soubor nebo odešlete méně najednou.
visitor-414 = Webová adresa je pro tento web příliš dlouhá.
visitor-414-action = Zkontrolujte adresu nebo se vraťte zpět a klikněte na odkaz znovu.
visitor-415 = Web tento typ souboru ani dat nepřijímá.
visitor-415-action = Zkuste to znovu se souborem v jiném formátu.
visitor-416 = Část souboru, o kterou váš prohlížeč požádal, neexistuje.
visitor-416-action = Spusťte stahování znovu od začátku.
visitor-417 = Web nemůže splnit podmínku, kterou váš prohlížeč pro tento požadavek stanovil.
visitor-417-action = Zkuste to znovu. Pokud se to opakuje, použijte jiný prohlížeč.
visitor-418 = Tento server je čajová konvice a čajové konvice kávu nevaří.
visitor-418-action = Zkuste to raději s konvicí na kávu.
visitor-421 = Váš požadavek dorazil na server, který tento web neobsluhuje.
visitor-421-action = Za chvíli stránku načtěte znovu.
visitor-422 = Web rozuměl tomu, co jste odeslali, ale část údajů není platná.
visitor-422-action = Zkontrolujte zadané údaje, opravte je a odešlete je znovu.
visitor-423 = Tato položka je uzamčená, protože se právě používá nebo upravuje.
visitor-423-action = Chvíli počkejte a zkuste to znovu.
visitor-424 = Akci nebylo možné dokončit, protože selhal krok, na kterém závisí.
visitor-424-action = Zkuste celou operaci provést znovu.
visitor-425 = Z bezpečnostních důvodů web tento požadavek zatím nezpracoval.
visitor-425-action = Zkuste to znovu.
visitor-426 = Web vyžaduje novější a bezpečnější připojení, než jaké použil váš prohlížeč.
visitor-426-action = Aktualizujte prohlížeč nebo aplikaci a zkuste to znovu.
visitor-428 = Aby se nepřepsaly změny někoho jiného, web potřebuje vědět, kterou verzi upravujete.
visitor-428-action = Načtěte stránku znovu a změnu proveďte ještě jednou.
visitor-429 = Od vás přišlo v krátké době příliš mnoho požadavků.
visitor-429-action = Chvíli počkejte a zkuste to znovu.
visitor-431 = Váš prohlížeč odeslal s požadavkem příliš mnoho doplňujících informací, často kvůli velkým souborům cookie.
visitor-431-action = Vymažte soubory cookie tohoto webu a zkuste to znovu.
visitor-451 = Tato stránka tu není z právních důvodů dostupná.
visitor-451-action = Začněte znovu od úvodní stránky; web může důvod vysvětlovat jinde.

## Server errors (5xx): something went wrong on the site's side, not the visitor's.

visitor-500 = Na straně webu se něco pokazilo.
visitor-500-action = Zkuste to znovu za několik minut. Pokud se to opakuje, dejte vědět provozovateli webu.
visitor-501 = Web neumí provést to, o co ho váš prohlížeč požádal.
visitor-501-action = Vraťte se na předchozí stránku.
visitor-502 = Web nedostal platnou odpověď od jiného serveru, na kterém závisí.
visitor-502-action = Zkuste to znovu za několik minut.
visitor-503 = Web teď nemůže váš požadavek zpracovat.
visitor-503-action = Zkuste to znovu za několik minut.
visitor-504 = Web příliš dlouho čekal na jiný server, na kterém závisí.
visitor-504-action = Zkuste to znovu za několik minut.
visitor-505 = Web nepodporuje typ připojení, který použil váš prohlížeč.
visitor-505-action = Aktualizujte prohlížeč nebo aplikaci a zkuste to znovu.
visitor-506 = Web je nastavený tak, že nemůže vybrat, kterou verzi této stránky zobrazit.
visitor-506-action = Dejte vědět provozovateli webu.
visitor-507 = Webu došlo místo v úložišti, takže váš požadavek nemůže zpracovat.
visitor-507-action = Zkuste to později nebo dejte vědět provozovateli webu.
visitor-508 = Při zpracování vašeho požadavku se web zacyklil.
visitor-508-action = Dejte vědět provozovateli webu.
visitor-510 = Aby web mohl požadavek zpracovat, potřebuje k němu další informace.
visitor-510-action = Dejte vědět provozovateli webu.
visitor-511 = Než budete moci používat internet, musíte se přihlásit do sítě.
visitor-511-action = Otevřete libovolnou webovou stránku a na přihlašovací stránce sítě, která se zobrazí, se přihlaste.

## Codes without a message of their own (such as 499 or 599) use their class's.

visitor-4xx = S požadavkem nastal problém, a proto ho web nemohl dokončit.
visitor-4xx-action = Zkontrolujte adresu nebo se vraťte zpět a zkuste to znovu.
visitor-5xx = Na straně webu se něco pokazilo.
visitor-5xx-action = Zkuste to znovu za několik minut.
