# Kata-kata yang dipakai saat tabel status ditampilkan sebagai dokumentasi.

docs-caption = Kode status HTTP
docs-intro = Setiap kode status dalam Registri Kode Status HTTP IANA, beserta spesifikasi yang mendefinisikannya.

# Judul kolom tabel status.
docs-column-code = Kode
docs-column-name = Nama Enum
docs-column-details = Detail
docs-column-phrase = Frasa Status
docs-column-title = Judul
docs-column-description = Deskripsi
docs-column-class = Kelas
docs-column-lifecycle = Status
docs-column-aliases = Nama Lain

# Catatan di akhir tabel yang dihasilkan, yang menyebutkan asal tabel tersebut.
docs-generated = Dihasilkan dari berkas bahasa katalog dengan “httpstatus docs”. Jangan disunting secara manual.
