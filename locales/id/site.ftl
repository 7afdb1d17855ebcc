# Kata-kata situs referensi yang ditulis oleh “httpstatus site”: satu indeks per bahasa (tabel
# status dengan daftar isi), satu halaman per kode status, dan satu halaman akar yang
# mencantumkan semua bahasa. Hanya alat yang membaca berkas ini. Biarkan { $variables } apa
# adanya. Nama enum (NOT_FOUND), frasa status yang dikirim, nama header (Location), dan contoh
# pertukaran pesan tidak pernah diterjemahkan dan tidak ada di berkas ini.

## Di setiap halaman

# Tombol di bagian atas setiap halaman yang membuka daftar bahasa (masing-masing ditulis dalam
# bahasanya sendiri).
site-languages = Bahasa
# Tautan untuk pengguna papan ketik, yang pertama di setiap halaman dan hanya terlihat saat
# mendapat fokus: melewati kepala halaman dan daftar bahasa.
site-skip = Langsung ke konten
# Judul halaman di tab browser dan di hasil penelusuran. { $page } adalah judul halaman itu
# sendiri (“404 Tidak Ditemukan”), { $site } nama situsnya (“Kode status HTTP”). Pemisah: garis
# tegak berspasi, seperti lazimnya judul situs berbahasa Indonesia.
site-page-title = { $page } | { $site }
# Baris terakhir setiap halaman.
site-footer = Dihasilkan dari berkas bahasa http-status-catalog. Nama enum, frasa status, dan contoh pertukaran pesan tetap ditulis seperti yang digunakan HTTP.

## Indeks sebuah bahasa: tabel status, dikelompokkan per kelas

# Judul daftar isi, yang mencantumkan kelima kelas.
site-contents = Daftar isi
# Setelah sebuah kelas di daftar isi: { $count } adalah jumlah kodenya (bahasa Indonesia hanya
# punya bentuk other).
site-class-count = { $count ->
       *[other] { $count } kode
    }

## Halaman sebuah kode status

# Tautan kembali ke indeks, di bagian atas halaman.
site-all-codes = Semua kode status
# Judul di atas apa yang disampaikan halaman kesalahan kepada pengunjung yang bukan pengembang,
# beserta tindakan yang disarankannya (hanya kesalahan klien dan server). Deskripsi teknis
# menyusul setelah kotak itu.
site-visitor = Yang disampaikan kepada pengunjung
# Label pada daftar fakta tentang sebuah kode, masing-masing diikuti nilainya.
site-label-class = Kelas
# Posisi kode dalam siklus hidupnya: standar, eksperimental, tidak digunakan lagi, dan seterusnya.
site-label-lifecycle = Status
site-label-name = Nama enum
# Nama yang dimiliki kode ini dalam spesifikasi atau pustaka terdahulu (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Nama sebelumnya
# Teks bahasa Inggris yang mengikuti kode di baris status sebuah respons (“Not Found”).
site-label-phrase = Frasa status
# Bagian spesifikasi yang mendefinisikan kode ini, masing-masing dengan tautan.
site-label-references = Didefinisikan dalam
site-label-caching = Penyimpanan di cache
site-label-content = Konten
# Nilai “Penyimpanan di cache” untuk kode yang boleh disimpan cache tanpa diberi tahu (RFC 9110
# menyebutnya dapat disimpan di cache secara heuristik).
site-cacheable-yes = Dapat disimpan di cache secara default: cache boleh menyimpan respons ini dan menggunakannya kembali meskipun header-nya tidak menyebutkan apa pun tentang masa berlakunya.
# Nilai “Penyimpanan di cache” untuk kode lainnya.
site-cacheable-no = Tidak dapat disimpan di cache secara default: cache hanya menyimpan respons ini jika header-nya mengizinkan.
# Nilai “Konten” untuk kode yang responsnya tidak pernah berisi konten (1xx, 204, 205, 304).
site-no-content-yes = Tidak pernah berisi konten: respons berakhir setelah header-nya.
# Nilai “Konten” untuk kode lainnya.
site-no-content-no = Dapat berisi konten, misalnya halaman yang menjelaskan status tersebut.
# Judul di atas contoh sebuah permintaan dan responsnya.
site-example = Contoh pertukaran pesan
# Di bawah contoh.
site-example-note = Sebuah permintaan, lalu baris status dan header respons yang penting untuk kode ini. Isi pesan tidak ditampilkan.
# Nama tautan ke kode sebelumnya dan berikutnya di akhir halaman, untuk pembaca layar.
site-neighbours = Kode sebelumnya dan berikutnya

## Halaman akar, yang mencantumkan semua bahasa

# Judulnya, ditampilkan sebelum daftar bahasa (masing-masing dalam bahasanya sendiri) dan juga di
# halaman bahasa itu sendiri.
site-root-heading = Pilih bahasa
