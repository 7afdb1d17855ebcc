# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = HTTP Anlambilimi
spec-rfc2518 = Dağıtık Yazım için HTTP Uzantıları (WebDAV)
spec-rfc4918 = Web Üzerinde Dağıtık Yazım ve Sürüm Yönetimi için HTTP Uzantıları (WebDAV)
spec-rfc5842 = WebDAV için Bağlama Uzantıları
spec-rfc3229 = HTTP’de Delta Kodlaması
spec-rfc8297 = İpuçlarını Belirtmek için Bir HTTP Durum Kodu
spec-rfc8470 = HTTP’de Erken Veri Kullanımı
spec-rfc6585 = Ek HTTP Durum Kodları
spec-rfc7725 = Yasal Engelleri Bildirmek için Bir HTTP Durum Kodu
spec-rfc2295 = HTTP’de Şeffaf İçerik Müzakeresi
spec-rfc2774 = Bir HTTP Uzantı Çerçevesi
spec-rfc2324 = Hiper Metin Kahve Demliği Kontrol Protokolü (HTCPCP/1.0)
spec-draft-resumable-upload = HTTP için Devam Ettirilebilir Yüklemeler (Internet-Draft)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, bölüm { $section }
# A citation of an Experimental RFC: "RFC 5842, bölüm 7.1 (deneysel)". { $citation } is
# the citation above; use it exactly once. Lower case, like "bölüm", inside the citation.
spec-citation-experimental = { $citation } (deneysel)

# Where a status code stands in its life.
lifecycle-standard = Standart
lifecycle-experimental = Deneysel
lifecycle-provisional = Geçici
lifecycle-deprecated = Kullanım dışı
lifecycle-obsoleted = Geçersiz kılındı
lifecycle-reserved = Ayrılmış
