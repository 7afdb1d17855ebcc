# Yang disampaikan halaman kesalahan kepada pengunjung yang bukan pengembang: untuk setiap
# kesalahan klien (4xx) dan kesalahan server (5xx), pesan singkat yang membuka halaman, dan
# tindakan yang disarankan. Tulis untuk siapa saja yang memakai situs web: tanpa jargon
# ("permintaan" boleh, "upstream" atau "POST" tidak), sapa pengunjung secara langsung dengan
# "Anda", satu atau dua kalimat pendek untuk setiap pesan. Deskripsi teknis setiap kode
# (status.ftl) muncul di bawahnya, di bagian "Detail teknis".
# Jaga nada tetap tenang dan jangan pernah menyalahkan pengunjung.

## Kesalahan klien (4xx): ada masalah pada permintaan. visitor-NNN membuka halaman;
## visitor-NNN-action menyebutkan apa yang dapat dilakukan pengunjung.

visitor-400 = Situs tidak dapat memahami permintaan yang dikirim browser Anda.
visitor-400-action = Kembali dan coba lagi. Jika masalah ini terus terjadi, hapus cookie situs ini atau gunakan browser lain.
visitor-401 = Anda perlu masuk untuk melihat halaman ini.
visitor-401-action = Silakan masuk, lalu coba lagi.
visitor-402 = Konten ini memerlukan pembayaran atau langganan.
visitor-402-action = Periksa langganan atau detail pembayaran Anda di situs ini.
visitor-403 = Anda tidak memiliki izin untuk melihat halaman ini.
visitor-403-action = Jika menurut Anda seharusnya Anda memiliki akses, hubungi pemilik situs.
visitor-404 = Kami tidak dapat menemukan halaman yang Anda cari.
visitor-404-action = Periksa apakah ada salah ketik pada alamat, atau mulai lagi dari beranda.
visitor-405 = Halaman ini tidak dapat digunakan dengan cara yang baru saja dicoba oleh browser Anda.
visitor-405-action = Kembali ke halaman sebelumnya dan coba lagi dari sana.
visitor-406 = Situs ini tidak memiliki versi halaman ini dalam format atau bahasa yang diterima browser Anda.
visitor-406-action = Coba lagi dengan browser lain, atau ubah setelan bahasa browser Anda.
visitor-407 = Jaringan yang Anda gunakan meminta Anda masuk sebelum dapat membuka situs ini.
visitor-407-action = Masuk ke jaringan Anda, lalu coba lagi.
visitor-408 = Situs menunggu terlalu lama hingga browser Anda selesai mengirim permintaannya.
visitor-408-action = Coba lagi. Jika koneksi Anda lambat, tunggu sebentar terlebih dahulu.
visitor-409 = Perubahan Anda bertentangan dengan kondisi terkini halaman ini, mungkin karena orang lain sudah mengubahnya lebih dulu.
visitor-409-action = Muat ulang halaman untuk melihat versi terbarunya, lalu buat perubahan Anda lagi.
visitor-410 = Halaman ini telah dihapus secara permanen.
visitor-410-action = Mulai lagi dari beranda, atau cari konten serupa di situs ini.
visitor-411 = Browser Anda mengirim permintaan dalam bentuk yang tidak dapat diterima situs ini.
visitor-411-action = Coba lagi. Jika masalah ini terus terjadi, gunakan browser lain.
visitor-412 = Halaman ini telah berubah sejak terakhir kali dimuat oleh browser Anda, jadi tidak ada yang dilakukan.
visitor-412-action = Muat ulang halaman, lalu coba lagi.
visitor-413 = Yang Anda coba kirim lebih besar daripada yang dapat diterima situs ini.
visitor-413-action = Coba file yang lebih kecil, atau kirim lebih sedikit dalam satu kali pengiriman.
visitor-414 = Alamat web ini terlalu panjang untuk ditangani situs.
visitor-414-action = Periksa alamatnya, atau kembali lalu klik tautannya lagi.
visitor-415 = Situs ini tidak menerima jenis file atau data ini.
visitor-415-action = Coba lagi dengan file dalam format lain.
visitor-416 = Bagian file yang diminta browser Anda tidak ada.
visitor-416-action = Mulai ulang unduhan dari awal.
visitor-417 = Situs tidak dapat memenuhi syarat yang ditetapkan browser Anda untuk permintaan ini.
visitor-417-action = Coba lagi. Jika masalah ini terus terjadi, gunakan browser lain.
visitor-418 = Server ini adalah teko teh, dan teko teh tidak bisa menyeduh kopi.
visitor-418-action = Coba gunakan teko kopi saja.
visitor-421 = Permintaan Anda sampai ke server yang tidak dapat menjawab atas nama situs ini.
visitor-421-action = Muat ulang halaman sebentar lagi.
visitor-422 = Situs memahami data yang Anda kirim, tetapi sebagiannya tidak valid.
visitor-422-action = Periksa yang Anda masukkan, perbaiki, lalu kirim lagi.
visitor-423 = Item ini terkunci karena sedang digunakan atau diedit.
visitor-423-action = Tunggu beberapa saat, lalu coba lagi.
visitor-424 = Tindakan ini tidak dapat diselesaikan karena langkah yang dibutuhkannya gagal.
visitor-424-action = Coba ulangi seluruh prosesnya.
visitor-425 = Demi keamanan Anda, situs belum memproses permintaan ini.
visitor-425-action = Coba lagi.
visitor-426 = Situs ini memerlukan koneksi yang lebih baru dan lebih aman daripada yang digunakan browser Anda.
visitor-426-action = Perbarui browser atau aplikasi Anda, lalu coba lagi.
visitor-428 = Agar perubahan orang lain tidak tertimpa, situs perlu mengetahui versi mana yang sedang Anda edit.
visitor-428-action = Muat ulang halaman, lalu buat perubahan Anda lagi.
visitor-429 = Terlalu banyak permintaan yang datang dari Anda dalam waktu singkat.
visitor-429-action = Tunggu beberapa saat, lalu coba lagi.
visitor-431 = Browser Anda mengirim terlalu banyak informasi tambahan bersama permintaan, sering kali karena cookie yang besar.
visitor-431-action = Hapus cookie situs ini, lalu coba lagi.
visitor-451 = Halaman ini tidak tersedia di sini karena alasan hukum.
visitor-451-action = Mulai lagi dari beranda; situs ini mungkin menjelaskan alasannya di tempat lain.

## Kesalahan server (5xx): ada yang tidak beres di pihak situs, bukan di pihak pengunjung.

visitor-500 = Terjadi kesalahan di pihak situs.
visitor-500-action = Coba lagi dalam beberapa menit. Jika masalah ini terus terjadi, beri tahu pemilik situs.
visitor-501 = Situs tidak dapat melakukan apa yang diminta browser Anda.
visitor-501-action = Kembali ke halaman sebelumnya.
visitor-502 = Situs tidak menerima jawaban yang valid dari server lain yang diandalkannya.
visitor-502-action = Coba lagi dalam beberapa menit.
visitor-503 = Situs tidak dapat menangani permintaan Anda saat ini.
visitor-503-action = Coba lagi dalam beberapa menit.
visitor-504 = Situs terlalu lama menunggu server lain yang diandalkannya.
visitor-504-action = Coba lagi dalam beberapa menit.
visitor-505 = Situs tidak mendukung jenis koneksi yang digunakan browser Anda.
visitor-505-action = Perbarui browser atau aplikasi Anda, lalu coba lagi.
visitor-506 = Situs ini diatur sedemikian rupa sehingga tidak dapat memilih versi halaman ini untuk ditampilkan.
visitor-506-action = Beri tahu pemilik situs.
visitor-507 = Situs kehabisan ruang penyimpanan untuk permintaan Anda.
visitor-507-action = Coba lagi nanti, atau beri tahu pemilik situs.
visitor-508 = Situs berputar-putar tanpa henti saat menangani permintaan Anda.
visitor-508-action = Beri tahu pemilik situs.
visitor-510 = Situs memerlukan informasi tambahan bersama permintaan sebelum dapat menanganinya.
visitor-510-action = Beri tahu pemilik situs.
visitor-511 = Anda perlu masuk ke jaringan sebelum dapat menggunakan internet.
visitor-511-action = Buka halaman web apa saja untuk menuju halaman masuk jaringan, lalu masuk.

## Kode tanpa pesan sendiri (seperti 499 atau 599) memakai pesan kelasnya.

visitor-4xx = Ada masalah dengan permintaan ini, sehingga situs tidak dapat menyelesaikannya.
visitor-4xx-action = Periksa alamatnya, atau kembali dan coba lagi.
visitor-5xx = Terjadi kesalahan di pihak situs.
visitor-5xx-action = Coba lagi dalam beberapa menit.
