# Kata-kata alat baris perintah httpstatus. Hanya alat itu yang membaca berkas ini.
# Biarkan { $variabel } apa adanya; Fluent memilih bentuk jamak berdasarkan angkanya, jadi berikan
# setiap bentuk yang diperlukan bahasa Anda (https://projectfluent.org/fluent/guide/selectors.html).
# Bahasa Indonesia hanya memiliki satu kategori bilangan CLDR: other.

## Label untuk kode yang dijelaskan: “Kelas: 4xx (Kesalahan Klien)”.

cli-label-class = Kelas
cli-label-name = Nama
cli-label-aliases = Nama lain
cli-label-phrase = Frasa status
cli-label-lifecycle = Status
cli-label-references = Didefinisikan dalam
cli-label-locale = Bahasa
cli-label-cacheable = Dapat disimpan di cache secara default
cli-label-no-content = Tidak pernah berisi konten
cli-yes = ya
cli-no = tidak
# Kelas setelah labelnya: “4xx (Kesalahan Klien)”. { $class } berbentuk seperti 4xx, { $title } nama kelasnya.
cli-class-value = { $class } ({ $title })
# Rujukan spesifikasi setelah labelnya: “RFC 9110, Bagian 15.5.5 — Semantik HTTP”.
# { $citation } adalah kutipannya, { $title } judul spesifikasinya.
cli-reference-value = { $citation } — { $title }
# Ditampilkan di bawah kode yang tidak terdaftar, misalnya 299.
cli-unregistered = Bukan kode status terdaftar: dijelaskan berdasarkan kelasnya, sebagaimana diwajibkan oleh RFC 9110.
# Ditampilkan di bawah 306, yang tetap dicadangkan di registri.
cli-reserved = Dicadangkan di registri dan tidak lagi digunakan: dijelaskan berdasarkan kelasnya, sebagaimana diwajibkan oleh RFC 9110.

## Daftar satu kelas: “httpstatus 4xx”. { $class } adalah “4xx”, { $title } nama kelasnya.

cli-class-heading = { $class } { $title }: { $count ->
       *[other] { $count } kode terdaftar
    }

## Kesalahan pada baris perintah. { $input } adalah apa yang diketik.

cli-error-out-of-range = { $input } bukan kode status HTTP: kode berkisar dari 100 sampai 599.
cli-error-unknown-name = “{ $input }” bukan kode status dan bukan pula nama status yang dikenal.
# Kesalahan yang sama jika ada nama yang mirip dengan yang diketik: { $name } berbentuk seperti NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” bukan kode status dan bukan pula nama status yang dikenal. Apakah maksud Anda { $name }?
cli-error-bad-tag = “{ $tag }” bukan tag bahasa; tulis tag seperti en, ru, atau pt-BR.
# { $requested } adalah tag yang diminta; { $chosen } adalah lokal yang dipakai sebagai gantinya, { $name } namanya.
cli-warning-no-locale = Tidak ada lokal yang cocok dengan “{ $requested }”; menggunakan { $chosen } ({ $name }).
cli-error-no-folder = { $path } bukan folder yang berisi folder lokal.
cli-error-no-locale = Tidak ada folder lokal { $tag } di disk dalam { $path }.
cli-error-not-a-tag = “{ $tag }” bukan tag bahasa dalam bentuk kanonis; tulis seperti pt-BR.
cli-error-exists = { $path } sudah berisi berkas; gunakan --force untuk menimpanya.
# { $error } adalah pesan dari sistem operasi, biasanya dalam bahasa Inggris.
cli-error-io = Tidak dapat menulis { $path }: { $error }

## Memuat folder lokal dari disk (--locales-dir).

cli-disk-warnings = { $count ->
       *[other] { $count } peringatan
    } di { $path }; “httpstatus check” akan mencantumkannya.

## httpstatus check

# Satu baris per lokal: “ru: 187/187 diterjemahkan, 0 belum diterjemahkan, 0 kedaluwarsa”.
cli-check-locale = { $tag }: { $translated }/{ $total } diterjemahkan, { $missing } belum diterjemahkan, { $stale } kedaluwarsa
# Baris terakhir: “0 kesalahan, 2 peringatan di 30 lokal”.
cli-check-summary = { $errors ->
       *[other] { $errors } kesalahan
    }, { $warnings ->
       *[other] { $warnings } peringatan
    } di { $locales ->
       *[other] { $locales } lokal
    }
cli-check-recorded = Teks bahasa Inggris terkini untuk { $tag } telah dicatat di { $path }.

## httpstatus locales: keadaan setiap lokal.

cli-locale-current = lengkap, mutakhir
cli-locale-stale = lengkap, { $stale } kedaluwarsa
cli-locale-partial = sebagian: { $missing } belum diterjemahkan, { $stale } kedaluwarsa
cli-locale-pseudo = lokal semu, dihasilkan dari bahasa Inggris
cli-locale-from-disk = (dari disk)

## httpstatus template

cli-template-wrote = { $path } telah ditulis
cli-template-next = Berikutnya: terjemahkan, lalu jalankan “httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: kemajuan, satu baris per berkas.

cli-docs-written = [{ $done }/{ $total }] { $path } ditulis
cli-docs-unchanged = [{ $done }/{ $total }] { $path } tidak berubah

## httpstatus site

# Setelah situs ditulis: “1985 berkas untuk 30 bahasa di site/”. { $files } adalah jumlah berkas
# dan { $languages } jumlah bahasa (bahasa Indonesia hanya punya bentuk other), { $path } folder
# keluarannya.
cli-site-written = { $files ->
       *[other] { $files } berkas
    } untuk { $languages ->
       *[other] { $languages } bahasa
    } di { $path }
# Ditampilkan setelah baris di atas jika --base-url tidak diberikan. Biarkan “--base-url” dan
# “sitemap.xml” apa adanya.
cli-site-no-sitemap = Tidak ada sitemap.xml: peta situs memerlukan alamat absolut; gunakan --base-url untuk membuatnya.
# { $url } adalah nilai yang diberikan setelah --base-url.
cli-error-base-url = “{ $url }” bukan URL dasar: berikan alamat http atau https tanpa string kueri, misalnya https://example.org/http/.

## httpstatus pages: halaman kesalahan statis dan cuplikan konfigurasi server untuk proksi balik.

# Kemajuan, satu baris per lokal: “[3/30] ru: 80 halaman”. { $done } dan { $total } menghitung lokal,
# { $tag } adalah tag bahasa, { $count } jumlah halaman (bahasa Indonesia hanya punya bentuk other).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
       *[other] { $count } halaman
    }
# Baris terakhir httpstatus pages: { $written } berkas ditulis (bahasa Indonesia hanya punya bentuk other),
# { $unchanged } berkas dibiarkan seperti semula, { $path } folder keluarannya.
cli-pages-done = { $written ->
       *[other] { $written } berkas ditulis
    }, { $unchanged } tidak berubah di { $path }.
# Ditampilkan sebelum baris terakhir jika, saat dijalankan sebelumnya ke folder yang sama, perintah ini
# menulis halaman (atau berkas server) yang tidak lagi ditulis kali ini karena kode, lokal, atau format
# yang diminta lebih sedikit: { $count } berkas dihapus (bahasa Indonesia hanya punya bentuk other).
cli-pages-removed = { $count ->
       *[other] Dihapus { $count } berkas yang ditulis saat dijalankan sebelumnya dan tidak lagi ditulis kali ini.
    }
# Satu baris per berkas konfigurasi server yang ditulis, agar operator menyertakannya;
# { $path } adalah berkasnya.
cli-pages-snippet = Sertakan: { $path }
# { $tag } disebut dalam --locales, tetapi katalog tidak memiliki lokal itu. Biarkan “httpstatus locales”.
cli-error-pages-locale = Tidak ada lokal yang cocok dengan “{ $tag }”; “httpstatus locales” menampilkan daftar lokal.
# { $input } adalah nilai --codes yang bukan kode kesalahan, bukan pula 4xx atau 5xx. Biarkan angka
# 400 dan 599, serta 4xx dan 5xx, apa adanya.
cli-error-pages-code = “{ $input }” bukan kode kesalahan: berikan kode dari 400 sampai 599, 4xx, atau 5xx.
# { $input } adalah nilai --format yang bukan html dan bukan json. Biarkan html dan json.
cli-error-pages-format = “{ $input }” bukan format halaman: berikan html, json, atau keduanya.
# { $path }, folder yang akan disebut dalam konfigurasi server, berisi karakter yang tidak boleh ada di
# berkas konfigurasi, atau bukan jalur absolut. Biarkan --install-dir.
cli-error-pages-install-dir = { $path } tidak dapat disebut dalam konfigurasi server: gunakan --install-dir untuk memberikan jalur absolut tanpa tanda kutip, kurung kurawal, titik koma, atau tanda dolar.

## httpstatus serve: server halaman kesalahan.

# Baris awal httpstatus serve, di stderr. { $address } berbentuk seperti 127.0.0.1:8080; biarkan
# “http://{ $address }” utuh, karena dibaca oleh skrip. { $locales } adalah jumlah bahasa.
cli-serve-listening = Menyajikan halaman kesalahan di http://{ $address } dalam { $locales } bahasa; /healthz menjawab pemeriksaan kesehatan.
# Setelah SIGTERM atau Ctrl-C.
cli-serve-stopping = Berhenti: menyelesaikan permintaan yang sedang berjalan.
# { $address }, yang diberikan setelah --listen, bukan alamat. Biarkan alamat contoh dan angkanya apa adanya.
cli-error-serve-listen = “{ $address }” bukan alamat untuk mendengarkan; tulis seperti 127.0.0.1:8080 atau [::1]:8080.
# Tidak dapat mendengarkan di { $address }; { $error } adalah pesan dari sistem operasi, biasanya dalam
# bahasa Inggris.
cli-error-serve-bind = Tidak dapat mendengarkan di { $address }: { $error }
