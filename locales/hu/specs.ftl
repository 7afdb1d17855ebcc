# Az állapotkódokat definiáló specifikációk címei, valamint a rájuk való
# hivatkozáskor használt szavak („RFC 9110, 15.5.5. szakasz (kísérleti)”).
# Az RFC- és szakaszszámokat a program illeszti be: ne írja ide őket.

spec-rfc9110 = HTTP-szemantika
spec-rfc2518 = HTTP-bővítmények az elosztott szerkesztéshez (WebDAV)
spec-rfc4918 = HTTP-bővítmények a webes elosztott szerkesztéshez és verziókezeléshez (WebDAV)
spec-rfc5842 = Kötési bővítmények a WebDAV-hoz
spec-rfc3229 = Deltakódolás a HTTP-ben
spec-rfc8297 = HTTP-állapotkód tippek jelzésére
spec-rfc8470 = Korai adatok használata a HTTP-ben
spec-rfc6585 = További HTTP-állapotkódok
spec-rfc7725 = HTTP-állapotkód jogi akadályok jelzésére
spec-rfc2295 = Átlátható tartalomegyeztetés a HTTP-ben
spec-rfc2774 = HTTP-bővítési keretrendszer
spec-rfc2324 = Hipertext kávéfőző-vezérlési protokoll (HTCPCP/1.0)
spec-draft-resumable-upload = Folytatható feltöltések HTTP-ben (internetes tervezet)

# Hogyan hivatkozunk egy specifikáció szakaszára: „RFC 9110, 15.5.5. szakasz”. A { $spec } a
# specifikáció („RFC 9110”), a { $section } a szakasz száma; mindkettőt pontosan egyszer használja.
spec-citation = { $spec }, { $section }. szakasz
# Hivatkozás kísérleti (Experimental) RFC-re: „RFC 5842, 7.1. szakasz (kísérleti)”. A { $citation } a
# fenti hivatkozás; pontosan egyszer használja.
spec-citation-experimental = { $citation } (kísérleti)

# Hol tart egy állapotkód az életciklusában.
lifecycle-standard = Szabványos
lifecycle-experimental = Kísérleti
lifecycle-provisional = Ideiglenes
lifecycle-deprecated = Elavult
lifecycle-obsoleted = Visszavont
lifecycle-reserved = Fenntartott
