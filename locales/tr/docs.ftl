# Words used when the status table is rendered as documentation.

docs-caption = HTTP Durum Kodları
docs-intro = IANA HTTP Durum Kodu Kaydı’ndaki her durum kodu, onu tanımlayan belirtimle birlikte.

# Column headings of the status table.
docs-column-code = Kod
docs-column-name = Enum Adı
docs-column-details = Ayrıntılar
docs-column-phrase = Durum Metni
docs-column-title = Başlık
docs-column-description = Açıklama
docs-column-class = Sınıf
docs-column-lifecycle = Durum
docs-column-aliases = Diğer Adlar

# A note at the end of a rendered table saying where it comes from.
docs-generated = Kataloğun dil dosyalarından “httpstatus docs” komutuyla oluşturulmuştur. Elle düzenlemeyin.
