# Kata-kata pada halaman kesalahan HTML yang ditampilkan aplikasi web kepada penggunanya.

# Label sebelum kode dan frasa status: “Status HTTP: 404 Not Found”.
page-status-label = Status HTTP
# Tautan kembali ke halaman awal situs.
page-home-link = Buka beranda
