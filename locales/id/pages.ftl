# Kata-kata pada halaman kesalahan HTML yang ditampilkan aplikasi web kepada penggunanya.

# Label sebelum kode dan frasa status: “Status HTTP: 404 Not Found”.
page-status-label = Status HTTP
# Tautan kembali ke halaman awal situs.
page-home-link = Buka beranda
# Tombol yang memuat ulang halaman, ditampilkan untuk kesalahan yang mungkin hilang dengan
# sendirinya (408, 425, 429, dan kesalahan server).
page-try-again = Coba lagi
# Judul blok kecil yang berisi kode, ID permintaan, dan deskripsi teknis.
page-technical-details = Detail teknis
# Label pengenal permintaan, yang dipakai staf dukungan untuk menemukan permintaan di log.
page-request-id = ID permintaan
# Label alamat (jalur dan kueri) yang diminta pengunjung, sebagaimana dilaporkan proksi balik di depan
# situs (X-Original-URI); nilainya ditampilkan apa adanya, dari kiri ke kanan.
page-original-uri = Alamat yang diminta
# Label metode yang diterima halaman, dari header Allow pada respons (405).
page-allowed-methods = Metode yang diizinkan
# Jika situs menyebutkan kapan bisa mencoba lagi (header Retry-After): jumlah detik, menit, atau
# jam, ditulis dengan singkatan satuan (dtk, mnt, jam) sehingga tidak perlu bentuk jamak.
# Gunakan { $count } tepat satu kali.
page-retry-seconds = Anda dapat mencoba lagi dalam { $count } dtk.
page-retry-minutes = Anda dapat mencoba lagi dalam { $count } mnt.
page-retry-hours = Anda dapat mencoba lagi dalam { $count } jam.
