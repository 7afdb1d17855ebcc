# Fakta tentang lokal ini sendiri.

# Nama bahasa ini, ditulis dalam bahasa ini, sebagaimana ditampilkan pemilih bahasa
# (“Deutsch”, “Русский”, “Português (Brasil)”).
locale-name = Bahasa Indonesia

# Cara menulis label sebelum nilainya: “Kelas: 4xx”. Gunakan { $label } dan { $value } masing-masing
# tepat satu kali; bahasa Indonesia memakai titik dua tanpa spasi di depannya.
locale-label-value = { $label }: { $value }
# Cara menggabungkan dua butir daftar: “RFC 9110, Bagian 15.5.19; RFC 2324, Bagian 2.3.2”.
locale-list-pair = { $first }; { $second }
