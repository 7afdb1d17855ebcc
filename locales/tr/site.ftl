# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Turkish: labels and headings in sentence case, as in cli.ftl and pages.ftl (“Teknik
# ayrıntılar”); the words are those of docs.ftl and cli.ftl (Sınıf, Durum, Enum adı, Durum metni).

## Her sayfada

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = Diller
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = İçeriğe geç
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Not Found"), { $site } the name of the site ("HTTP Durum Kodları"). Turkish
# sites separate the two with a vertical bar.
site-page-title = { $page } | { $site }
# The last line of every page.
site-footer = http-status-catalog’un dil dosyalarından oluşturulmuştur. Enum adları, durum metinleri ve örnek istekler ile yanıtlar HTTP’de yazıldığı gibi kalır.

## Bir dilin dizini: sınıflara göre gruplanmış durum tablosu

# The heading of the table of contents, which lists the five classes.
site-contents = İçindekiler
# After a class in the table of contents: { $count } is how many codes it has. Turkish has
# the CLDR categories one and other; a noun after a number stays singular.
site-class-count = { $count ->
        [one] { $count } kod
       *[other] { $count } kod
    }

## Tek bir durum kodunun sayfası

# The link back to the index, at the top of the page.
site-all-codes = Tüm durum kodları
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = Ziyaretçiye gösterilen metin
# Labels in the list of facts about a code, each followed by its value.
site-label-class = Sınıf
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = Durum
site-label-name = Enum adı
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Eski adlar
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = Durum metni
# The specification sections that define the code, each linked.
site-label-references = Tanımlandığı yer
site-label-caching = Önbelleğe alma
site-label-content = İçerik
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = Varsayılan olarak önbelleğe alınabilir: başlıkları tazeliği hakkında hiçbir şey söylemese bile bir önbellek bu yanıtı saklayıp yeniden kullanabilir.
# The value of "Caching" for the other codes.
site-cacheable-no = Varsayılan olarak önbelleğe alınamaz: bir önbellek bu yanıtı yalnızca başlıkları izin verdiğinde saklar.
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = Hiçbir zaman içerik taşımaz: yanıt, başlıklarıyla sona erer.
# The value of "Content" for the other codes.
site-no-content-no = Durumu açıklayan bir sayfa gibi içerik taşıyabilir.
# The heading above an example of a request and its response.
site-example = Örnek istek ve yanıt
# Below the example.
site-example-note = Bir istek, ardından durum satırı ve yanıtın bu kod için önemli olan başlıkları. İleti içeriği gösterilmez.
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = Önceki ve sonraki kod

## Tüm dilleri listeleyen kök sayfa

# Its heading, shown before a language is chosen and followed by the list of languages, each
# in its own language; it is used on the language's own pages too.
site-root-heading = Bir dil seçin
