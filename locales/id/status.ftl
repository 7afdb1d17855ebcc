# Judul dan deskripsi setiap kode status HTTP terdaftar, untuk dibaca manusia.
# Frasa status yang dikirim lewat jaringan ada di wire.ftl; judul di sini hanya boleh berbeda bentuk darinya.

## 1xx Informasi

status-100-title = Lanjutkan
status-100-description = Server telah menerima awal permintaan, dan klien sebaiknya melanjutkan dengan mengirim sisanya. Kode ini biasanya menjawab permintaan yang, melalui header Expect, menanyakan apakah server akan menerima konten sebelum konten itu dikirim.
status-101-title = Beralih Protokol
status-101-description = Server menyetujui permintaan Upgrade dari klien dan sedang memindahkan koneksi ke protokol lain, misalnya WebSocket. Setelah respons ini, semua lalu lintas di koneksi tersebut menggunakan protokol baru.
status-102-title = Sedang Diproses
status-102-description = Respons sementara yang dulu memberi tahu klien bahwa server telah menerima permintaan WebDAV yang panjang dan masih mengerjakannya. Kode ini tidak digunakan lagi: spesifikasi WebDAV yang lebih baru menghapusnya, jadi klien sebaiknya tidak mengandalkannya.
status-103-title = Petunjuk Awal
status-103-description = Respons sementara yang dikirim sebelum respons akhir, biasanya dengan header Link, agar klien dapat mulai memuat sumber daya lebih awal selagi server menyiapkan jawabannya. Kode ini bersifat eksperimental, dan klien yang tidak memakai petunjuk tersebut dapat mengabaikannya begitu saja.
status-104-title = Pelanjutan Unggahan Didukung
status-104-description = Respons sementara yang menyatakan bahwa server mendukung unggahan yang dapat dilanjutkan dan di mana unggahan itu dapat ditemukan, sehingga unggahan yang terputus dapat dilanjutkan alih-alih diulang dari awal. Ini adalah pendaftaran provisional untuk draf “Unggahan yang Dapat Dilanjutkan untuk HTTP” dan dapat berubah atau kedaluwarsa.

## 2xx Berhasil

status-200-title = OK
status-200-description = Permintaan berhasil. Isi respons bergantung pada metodenya: untuk GET, isinya adalah sumber daya yang diminta; untuk POST, biasanya hasil dari tindakan tersebut.
status-201-title = Dibuat
status-201-description = Permintaan berhasil dan membuat satu atau beberapa sumber daya baru. Sumber daya baru yang utama biasanya ditunjukkan oleh header Location pada respons.
status-202-title = Diterima
status-202-description = Permintaan telah diterima untuk diproses, tetapi pemrosesannya belum selesai dan masih bisa gagal. Ini lazim untuk tugas dalam antrean atau di latar belakang; respons sering kali menyebutkan di mana kemajuannya dapat dipantau.
status-203-title = Informasi Nonotoritatif
status-203-description = Permintaan berhasil, tetapi proksi yang melakukan transformasi telah mengubah kontennya, sehingga konten tersebut tidak persis sama dengan yang dikirim oleh server asal.
status-204-title = Tidak Ada Konten
status-204-description = Permintaan berhasil dan tidak ada yang perlu dikirim balik. Browser tetap berada di halaman saat ini, dan klien API sebaiknya tidak mengharapkan isi respons.
status-205-title = Atur Ulang Konten
status-205-description = Permintaan berhasil, dan klien sebaiknya mengatur ulang tampilan yang mengirimnya, misalnya mengosongkan formulir agar input baru dapat dimasukkan. Respons ini tidak berisi konten.
status-206-title = Konten Parsial
status-206-description = Server hanya mengirim bagian-bagian sumber daya yang diminta klien melalui header Range. Dengan cara inilah unduhan dilanjutkan dan pemutar media melompat ke posisi tertentu dalam file.
status-207-title = Multistatus
status-207-description = Respons WebDAV yang melaporkan status tersendiri untuk masing-masing dari beberapa sumber daya atau operasi, dalam isi berformat XML. Periksa setiap status di dalam isi tersebut, bukan kode keseluruhannya.
status-208-title = Sudah Dilaporkan
status-208-description = Digunakan di dalam respons multistatus WebDAV untuk menyatakan bahwa anggota suatu koleksi sudah dicantumkan sebelumnya dalam respons yang sama dan tidak diulang. Dengan begitu, sumber daya yang dapat dijangkau melalui beberapa pengikatan tidak dicantumkan berkali-kali.
status-226-title = IM Digunakan
status-226-description = Server telah memenuhi permintaan GET, dan responsnya merupakan hasil dari satu atau beberapa manipulasi instans (IM), misalnya delta, yang diterapkan pada versi terkini sumber daya tersebut. Kode ini termasuk dalam ekstensi pengodean delta untuk HTTP.

## 3xx Pengalihan

status-300-title = Pilihan Ganda
status-300-description = Sumber daya memiliki beberapa representasi, masing-masing dengan alamatnya sendiri, dan pengguna atau klien sebaiknya memilih salah satunya. Server dapat menunjukkan pilihan yang diutamakannya di header Location.
status-301-title = Dipindahkan Permanen
status-301-description = Sumber daya telah pindah secara permanen ke alamat yang diberikan di header Location, dan tautan serta markah sebaiknya diperbarui ke alamat tersebut. Saat mengikutinya, klien boleh mengubah POST menjadi GET; 308 adalah varian yang mempertahankan metodenya.
status-302-title = Ditemukan
status-302-description = Sumber daya untuk sementara berada di alamat yang diberikan di header Location, dan alamat aslinya tetap harus dipakai untuk permintaan berikutnya. Saat mengikutinya, klien boleh mengubah POST menjadi GET; 307 adalah varian yang mempertahankan metodenya.
status-303-title = Lihat yang Lain
status-303-description = Server mengarahkan klien ke sumber daya lain, yang diberikan di header Location, yang sebaiknya diambil dengan GET. Kode ini sering dipakai setelah formulir dikirim, untuk menampilkan halaman hasil.
status-304-title = Tidak Dimodifikasi
status-304-description = Permintaan bersyarat mendapati bahwa sumber daya tidak berubah sejak versi yang sudah dimiliki klien, sehingga klien dapat menggunakan salinan di cache-nya. Respons ini tidak berisi konten.
status-305-title = Gunakan Proksi
status-305-description = Dulu memberi tahu klien agar mengulangi permintaan melalui proksi yang disebutkan di header Location. Kode ini tidak digunakan lagi karena alasan keamanan, sebab kode ini memungkinkan server menyalurkan lalu lintas klien melalui proksi mana pun, dan klien saat ini tidak lagi menindaklanjutinya.
status-307-title = Pengalihan Sementara
status-307-description = Sumber daya untuk sementara berada di alamat yang diberikan di header Location, dan klien harus mengulangi permintaan ke sana dengan metode dan konten yang sama. Permintaan berikutnya tetap harus ditujukan ke alamat aslinya.
status-308-title = Pengalihan Permanen
status-308-description = Sumber daya telah pindah secara permanen ke alamat yang diberikan di header Location, dan klien harus mengulangi permintaan ke sana dengan metode dan konten yang sama. Permintaan berikutnya sebaiknya menggunakan alamat baru tersebut.

## 4xx Kesalahan Klien

status-400-title = Permintaan Tidak Valid
status-400-description = Server tidak dapat atau tidak akan memproses permintaan karena sesuatu yang dianggapnya sebagai kesalahan klien, misalnya sintaksis yang salah bentuk atau pesan yang tidak valid. Perbaiki permintaan sebelum mengirimnya lagi.
status-401-title = Tidak Terautentikasi
status-401-description = Permintaan tidak menyertakan kredensial yang valid untuk sumber daya ini. Header WWW-Authenticate pada respons menjelaskan cara melakukan autentikasi; masuk atau kirim kredensial, lalu coba lagi.
status-402-title = Pembayaran Diperlukan
status-402-description = Dicadangkan untuk penggunaan di masa mendatang; HTTP tidak mendefinisikan artinya. Beberapa layanan memakainya secara tidak resmi untuk menyatakan bahwa pembayaran atau langganan diperlukan.
status-403-title = Dilarang
status-403-description = Server memahami permintaan tetapi menolak untuk menjalankannya. Berbeda dengan 401, masuk lagi dengan kredensial yang sama tidak akan membantu: klien tidak memiliki izin untuk sumber daya ini.
status-404-title = Tidak Ditemukan
status-404-description = Server tidak memiliki apa pun di alamat ini, atau tidak ingin mengungkapkan bahwa ada sesuatu di sana. Periksa apakah ada salah ketik pada alamat; halaman tersebut mungkin telah dipindahkan atau dihapus.
status-405-title = Metode Tidak Diizinkan
status-405-description = Sumber daya ada, tetapi tidak menerima metode permintaan tersebut, misalnya POST ke halaman yang hanya dapat dibaca. Header Allow pada respons mencantumkan metode yang diterimanya.
status-406-title = Tidak Dapat Diterima
status-406-description = Server tidak memiliki versi sumber daya yang cocok dengan apa yang dinyatakan klien dapat diterimanya di header Accept, seperti jenis media atau bahasa, dan tidak akan mengirim versi default.
status-407-title = Autentikasi Proksi Diperlukan
status-407-description = Seperti 401, tetapi klien harus terlebih dahulu melakukan autentikasi ke proksi yang berada di antara klien dan server. Header Proxy-Authenticate pada respons menjelaskan caranya.
status-408-title = Waktu Permintaan Habis
status-408-description = Server tidak menerima permintaan yang lengkap dalam batas waktu yang bersedia ditunggunya, dan sedang menutup koneksi. Klien boleh mengirim permintaan itu lagi melalui koneksi baru.
status-409-title = Konflik
status-409-description = Permintaan bertentangan dengan keadaan sumber daya saat ini, misalnya suntingan yang didasarkan pada versi lama. Selesaikan konfliknya, sering kali dengan mengambil versi terbaru, lalu coba lagi.
status-410-title = Hilang
status-410-description = Sumber daya dulu ada di sini tetapi sengaja dihapus dan tidak akan kembali; alamat barunya tidak diketahui. Tautan ke sumber daya ini sebaiknya dihapus.
status-411-title = Panjang Diperlukan
status-411-description = Server menolak permintaan karena tidak memiliki header Content-Length. Kirim lagi dengan menyertakan panjang kontennya.
status-412-title = Prasyarat Gagal
status-412-description = Suatu kondisi di header permintaan, seperti If-Match atau If-Unmodified-Since, ternyata bernilai salah di server. Biasanya ini mencegah penimpaan sumber daya yang sementara itu telah diubah oleh orang lain.
status-413-title = Konten Terlalu Besar
status-413-description = Konten permintaan lebih besar daripada yang bersedia atau mampu diproses server. Kirim data yang lebih sedikit; jika batas ini hanya sementara, header Retry-After mungkin menyebutkan kapan harus mencoba lagi.
status-414-title = URI Terlalu Panjang
status-414-description = Alamat yang diminta lebih panjang daripada yang bersedia ditafsirkan server. Ini sering terjadi karena terlalu banyak data dimasukkan ke string kueri; kirim data seperti itu di isi permintaan sebagai gantinya.
status-415-title = Jenis Media Tidak Didukung
status-415-description = Server menolak permintaan karena kontennya berformat, atau menggunakan pengodean, yang tidak didukung sumber daya tersebut untuk metode ini. Periksa header Content-Type dan Content-Encoding.
status-416-title = Rentang Tidak Dapat Dipenuhi
status-416-description = Tidak satu pun rentang yang diminta di header Range dapat dilayani, misalnya karena rentang tersebut dimulai melewati akhir sumber daya. Respons biasanya menyertakan panjang sumber daya saat ini di header Content-Range.
status-417-title = Ekspektasi Tidak Terpenuhi
status-417-description = Server tidak dapat memenuhi ekspektasi yang dinyatakan di header Expect pada permintaan. Klien boleh mengirim permintaan itu lagi tanpa header tersebut.
status-418-title = Saya Teko Teh
status-418-description = Dicadangkan dan tidak digunakan dalam HTTP. Kode ini berasal dari Protokol Kendali Teko Kopi Hiperteks, lelucon April Mop tentang teko teh yang menolak menyeduh kopi, dan beberapa server masih mengirimkannya sebagai easter egg.
status-421-title = Permintaan Salah Arah
status-421-description = Permintaan sampai ke server yang tidak dapat menghasilkan respons untuk alamatnya, misalnya karena koneksi yang digunakan ulang mengarah ke server yang tidak disiapkan untuk nama host tersebut. Klien boleh mencoba lagi melalui koneksi lain.
status-422-title = Konten Tidak Dapat Diproses
status-422-description = Server memahami jenis kontennya dan sintaksisnya benar, tetapi tidak dapat menindaklanjuti isi konten tersebut, misalnya karena datanya gagal validasi. Perbaiki datanya sebelum mencoba lagi.
status-423-title = Terkunci
status-423-description = Sumber daya WebDAV ini terkunci, sehingga metode tersebut tidak dapat diterapkan padanya. Tunggu hingga kunci dilepaskan, atau kirim token kunci jika Anda memegang kuncinya.
status-424-title = Dependensi Gagal
status-424-description = Metode tidak dapat dijalankan pada sumber daya karena tindakan lain yang menjadi dependensinya gagal. Di WebDAV, hal ini terjadi misalnya ketika satu perubahan dalam satu set gagal sehingga perubahan lainnya tidak diterapkan.
status-425-title = Terlalu Dini
status-425-description = Server tidak akan memproses permintaan yang dikirim sebagai data awal TLS, karena data seperti itu dapat diputar ulang oleh penyerang. Klien sebaiknya mengirim permintaan itu lagi setelah proses handshake selesai.
status-426-title = Peningkatan Diperlukan
status-426-description = Server menolak menangani permintaan melalui protokol saat ini, tetapi mungkin bersedia setelah klien beralih ke protokol lain. Header Upgrade pada respons menyebutkan protokol yang diwajibkannya.
status-428-title = Prasyarat Diperlukan
status-428-description = Server mewajibkan permintaan bersifat bersyarat, misalnya menyertakan header If-Match, agar perubahan yang dibuat oleh klien yang berbeda tidak saling menimpa. Ambil versi terkini, lalu kirim lagi permintaan tersebut dengan suatu kondisi.
status-429-title = Terlalu Banyak Permintaan
status-429-description = Klien telah mengirim terlalu banyak permintaan dalam jangka waktu tertentu dan sedang dikenai pembatasan laju. Perlambat pengiriman; header Retry-After mungkin menyebutkan berapa lama harus menunggu.
status-431-title = Bidang Header Permintaan Terlalu Besar
status-431-description = Server tidak akan memproses permintaan karena bidang header-nya, baik satu bidang maupun semuanya sekaligus, terlalu besar. Perkecil header, misalnya dengan menghapus cookie untuk situs tersebut, lalu coba lagi.
status-451-title = Tidak Tersedia karena Alasan Hukum
status-451-description = Server menolak akses ke sumber daya karena tuntutan hukum, seperti perintah pengadilan atau sensor pemerintah. Respons sebaiknya menjelaskan tuntutan apa itu dan siapa yang mengajukannya.

## 5xx Kesalahan Server

status-500-title = Kesalahan Server Internal
status-500-description = Server mengalami kondisi tak terduga yang membuatnya tidak dapat memenuhi permintaan. Kesalahannya ada di pihak server; coba lagi nanti, dan jika masalahnya berlanjut, hubungi administrator situs.
status-501-title = Tidak Diimplementasikan
status-501-description = Server tidak mendukung fungsionalitas yang diperlukan untuk memenuhi permintaan, biasanya karena server sama sekali tidak mengenali metode permintaan. Berbeda dengan 405, hal ini berlaku untuk seluruh server, bukan hanya untuk satu sumber daya.
status-502-title = Gateway Bermasalah
status-502-description = Server yang bertindak sebagai gateway atau proksi menerima respons yang tidak valid dari server hulu yang dihubunginya. Masalahnya ada di antara server-server tersebut, dan mencoba lagi nanti mungkin membantu.
status-503-title = Layanan Tidak Tersedia
status-503-description = Server tidak dapat menangani permintaan saat ini, biasanya karena kelebihan beban atau sedang dinonaktifkan untuk pemeliharaan. Coba lagi nanti; header Retry-After mungkin menyebutkan kapan.
status-504-title = Waktu Gateway Habis
status-504-description = Server yang bertindak sebagai gateway atau proksi tidak menerima respons tepat waktu dari server hulu yang perlu dihubunginya. Mencoba lagi nanti mungkin membantu.
status-505-title = Versi HTTP Tidak Didukung
status-505-description = Server tidak mendukung, atau menolak mendukung, versi mayor HTTP yang digunakan dalam permintaan. Klien sebaiknya mencoba lagi dengan versi protokol yang lain.
status-506-title = Varian Juga Bernegosiasi
status-506-description = Server salah dikonfigurasi untuk negosiasi konten transparan: varian yang dipilihnya sendiri diatur untuk bernegosiasi, sehingga prosesnya tidak akan pernah berakhir. Kode ini berasal dari spesifikasi eksperimental dan jarang ditemui.
status-507-title = Penyimpanan Tidak Cukup
status-507-description = Server tidak dapat menyimpan apa yang diperlukan untuk menyelesaikan permintaan, misalnya karena disk atau kuota sudah penuh. Di WebDAV, kondisi ini dianggap sementara.
status-508-title = Perulangan Terdeteksi
status-508-description = Server menghentikan sebuah operasi karena menemukan perulangan tak terbatas saat memproses permintaan WebDAV dengan kedalaman tak terbatas. Seluruh operasi tersebut gagal.
status-510-title = Tidak Diperluas
status-510-description = Permintaan tidak menyertakan deklarasi ekstensi yang diwajibkan server menurut Kerangka Ekstensi HTTP. Kode ini sudah usang: kerangka tersebut telah dipindahkan ke status Historis, dan kode ini sebaiknya tidak digunakan.
status-511-title = Autentikasi Jaringan Diperlukan
status-511-description = Klien harus masuk untuk mendapatkan akses jaringan, biasanya di captive portal pada Wi-Fi publik; respons ini berasal dari jaringan, bukan dari situs yang diminta. Buka sebuah halaman web, lalu masuk atau setujui ketentuan jaringan tersebut.
