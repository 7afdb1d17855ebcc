# Judul dan deskripsi kelima kelas kode status HTTP, dinamai menurut digit pertamanya.
# Keduanya juga menjelaskan kode yang tidak terdaftar, yang menurut RFC 9110 diperlakukan seperti kode x00 di kelasnya.

class-1xx-title = Informasi
class-1xx-description = Respons sementara: permintaan sudah diterima dan server masih memprosesnya. Klien sebaiknya menunggu respons akhir yang menyusul.
class-2xx-title = Berhasil
class-2xx-description = Permintaan berhasil diterima, dipahami, dan disetujui.
class-3xx-title = Pengalihan
class-3xx-description = Klien harus mengambil tindakan lebih lanjut untuk menyelesaikan permintaan, biasanya dengan mengikuti pengalihan ke alamat lain.
class-4xx-title = Kesalahan Klien
class-4xx-description = Permintaan mengandung kesalahan, misalnya sintaksis yang salah, atau tidak dapat dipenuhi sebagaimana dikirim. Klien sebaiknya memperbaikinya sebelum mencoba lagi.
class-5xx-title = Kesalahan Server
class-5xx-description = Server gagal memenuhi permintaan yang tampaknya valid. Masalahnya ada di server, dan mencoba lagi nanti mungkin membantu.
