# Judul spesifikasi yang mendefinisikan kode status, dan kata-kata yang dipakai
# saat mengutipnya (“RFC 9110, Bagian 15.5.5 (Eksperimental)”).
# Nomor RFC dan nomor bagian ditambahkan oleh program: jangan ditulis di sini.

spec-rfc9110 = Semantik HTTP
spec-rfc2518 = Ekstensi HTTP untuk Penulisan Terdistribusi (WebDAV)
spec-rfc4918 = Ekstensi HTTP untuk Penulisan dan Pengelolaan Versi Terdistribusi di Web (WebDAV)
spec-rfc5842 = Ekstensi Pengikatan untuk WebDAV
spec-rfc3229 = Pengodean Delta dalam HTTP
spec-rfc8297 = Kode Status HTTP untuk Menyampaikan Petunjuk
spec-rfc8470 = Penggunaan Data Awal dalam HTTP
spec-rfc6585 = Kode Status HTTP Tambahan
spec-rfc7725 = Kode Status HTTP untuk Melaporkan Hambatan Hukum
spec-rfc2295 = Negosiasi Konten Transparan dalam HTTP
spec-rfc2774 = Kerangka Ekstensi HTTP
spec-rfc2324 = Protokol Kendali Teko Kopi Hiperteks (HTCPCP/1.0)
spec-draft-resumable-upload = Unggahan yang Dapat Dilanjutkan untuk HTTP (Internet-Draft)

# Cara mengutip bagian dari suatu spesifikasi: “RFC 9110, Bagian 15.5.5”. { $spec } adalah
# spesifikasinya (“RFC 9110”), { $section } nomor bagiannya; gunakan masing-masing tepat satu kali.
spec-citation = { $spec }, Bagian { $section }
# Kutipan dari RFC Eksperimental: “RFC 5842, Bagian 7.1 (Eksperimental)”. { $citation } adalah
# kutipan di atas; gunakan tepat satu kali.
spec-citation-experimental = { $citation } (Eksperimental)

# Posisi suatu kode status dalam siklus hidupnya.
lifecycle-standard = Standar
lifecycle-experimental = Eksperimental
lifecycle-provisional = Provisional
lifecycle-deprecated = Tidak digunakan lagi
lifecycle-obsoleted = Usang
lifecycle-reserved = Dicadangkan
