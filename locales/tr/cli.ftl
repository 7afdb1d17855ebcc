# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are. Turkish has the CLDR plural categories one and other; a noun
# after a number stays singular, so both variants read the same. No suffix is attached to a
# { $variable }: its vowel harmony would depend on the value.

## Labels of a described code: "Sınıf: 4xx (İstemci Hatası)".

cli-label-class = Sınıf
cli-label-name = Ad
cli-label-aliases = Diğer adlar
cli-label-phrase = Durum metni
cli-label-lifecycle = Durum
cli-label-references = Tanımlandığı yer
cli-label-locale = Dil
cli-label-cacheable = Varsayılan olarak önbelleğe alınabilir
cli-label-no-content = Hiçbir zaman içerik taşımaz
cli-yes = evet
cli-no = hayır
# The class after its label: "4xx (İstemci Hatası)". { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: "RFC 9110, bölüm 15.5.5 — HTTP Anlambilimi".
# { $citation } is the citation, { $title } the specification's title.
cli-reference-value = { $citation } — { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = Kayıtlı bir durum kodu değil: RFC 9110’un gerektirdiği gibi sınıfına göre açıklanmıştır.
# Shown under 306, which the registry keeps reserved.
cli-reserved = Kayıtta ayrılmış olarak tutuluyor ve artık kullanılmıyor: RFC 9110’un gerektirdiği gibi sınıfına göre açıklanmıştır.

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } kayıtlı kod
       *[other] { $count } kayıtlı kod
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } bir HTTP durum kodu değil: kodlar 100 ile 599 arasındadır.
cli-error-unknown-name = “{ $input }” ne bir durum kodu ne de bilinen bir durum adı.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” ne bir durum kodu ne de bilinen bir durum adı. Şunu mu demek istediniz: { $name }?
cli-error-bad-tag = “{ $tag }” bir dil etiketi değil; en, ru veya pt-BR gibi bir etiket yazın.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = İstenen “{ $requested }” etiketiyle eşleşen bir dil yok; bunun yerine { $chosen } ({ $name }) kullanılıyor.
cli-error-no-folder = { $path } dil klasörlerini içeren bir klasör değil.
cli-error-no-locale = Diskte, { $path } içinde { $tag } adlı bir dil klasörü yok.
cli-error-not-a-tag = “{ $tag }” kurallı biçimde bir dil etiketi değil; pt-BR gibi yazın.
cli-error-exists = { $path } zaten dosya içeriyor; üzerlerine yazmak için --force seçeneğini verin.
# { $error } is the operating system's message, usually in English.
cli-error-io = { $path } konumuna yazılamıyor: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $path } içinde { $count ->
        [one] { $count } uyarı
       *[other] { $count } uyarı
    } var; “httpstatus check” bunları listeler.

## httpstatus check

# One line per locale: "ru: 187/187 çevrildi, 0 eksik, 0 eskimiş".
cli-check-locale = { $tag }: { $translated }/{ $total } çevrildi, { $missing } eksik, { $stale } eskimiş
# The last line: "30 dilde 0 hata, 2 uyarı" (Turkish puts "in 30 locales" first).
cli-check-summary = { $locales ->
        [one] { $locales } dilde
       *[other] { $locales } dilde
    } { $errors ->
        [one] { $errors } hata
       *[other] { $errors } hata
    }, { $warnings ->
        [one] { $warnings } uyarı
       *[other] { $warnings } uyarı
    }
cli-check-recorded = { $tag } için güncel İngilizce metin şuraya kaydedildi: { $path }

## httpstatus locales: the state of each locale.

cli-locale-current = tam, güncel
cli-locale-stale = tam, { $stale } eskimiş
cli-locale-partial = kısmi: { $missing } eksik, { $stale } eskimiş
cli-locale-pseudo = sözde dil, İngilizceden üretilmiş
cli-locale-from-disk = (diskten)

## httpstatus template

cli-template-wrote = Yazıldı: { $path }
cli-template-next = Sonraki adım: çevirin, ardından “httpstatus check --locales-dir { $path } --update-source { $tag }” komutunu çalıştırın.

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] { $path } yazıldı
cli-docs-unchanged = [{ $done }/{ $total }] { $path } değişmedi

## httpstatus site

# After writing the site: "30 dil için 1985 dosya yazıldı: site/". { $languages } is the number
# of languages and { $files } the number of files (Turkish: one and other, the noun stays
# singular after a number); { $path } the output folder, after a colon so that it takes no suffix.
cli-site-written = { $languages ->
        [one] { $languages } dil
       *[other] { $languages } dil
    } için { $files ->
        [one] { $files } dosya
       *[other] { $files } dosya
    } yazıldı: { $path }
# Shown after the line above when no --base-url was given. Keep “--base-url” and “sitemap.xml”.
cli-site-no-sitemap = sitemap.xml yazılmadı: site haritası mutlak adresler gerektirir; yazılması için --base-url seçeneğini verin.
# { $url } is what was given after --base-url.
cli-error-base-url = “{ $url }” bir temel URL değil: https://example.org/http/ gibi, sorgu içermeyen bir http veya https adresi verin.

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 sayfa". { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (one and other; the
# noun stays singular after a number).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } sayfa
       *[other] { $count } sayfa
    }
# The last line: "out/ içinde 3 dosya yazıldı, 5 dosya değişmedi." { $path } is the output
# folder (followed by a separate word, so that it takes no suffix), { $written } the files
# written (one and other), { $unchanged } the files left as they were.
cli-pages-done = { $path } içinde { $written ->
        [one] { $written } dosya yazıldı
       *[other] { $written } dosya yazıldı
    }, { $unchanged } dosya değişmedi.
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: { $count } files were deleted (one and other; the noun stays singular after a number).
cli-pages-removed = { $count ->
        [one] Önceki bir çalıştırmada yazılan ve bu çalıştırmada artık yazılmayan { $count } dosya silindi.
       *[other] Önceki bir çalıştırmada yazılan ve bu çalıştırmada artık yazılmayan { $count } dosya silindi.
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = Sunucu yapılandırmasına dahil edin: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep “httpstatus locales”.
cli-error-pages-locale = “{ $tag }” etiketiyle eşleşen bir dil yok; “httpstatus locales” dilleri listeler.
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = “{ $input }” bir hata kodu değil: 400 ile 599 arasındaki kodları, 4xx veya 5xx verin.
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = “{ $input }” bir sayfa biçimi değil: html, json veya ikisini birden verin.
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir.
cli-error-pages-install-dir = { $path } bir sunucu yapılandırmasında belirtilemez: --install-dir seçeneğiyle tırnak işareti, süslü parantez, noktalı virgül veya dolar işareti içermeyen mutlak bir yol verin.

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# “http://{ $address }” in one piece, scripts read it (no suffix on it: “adresinde” follows as
# a word). { $locales } is the number of languages.
cli-serve-listening = Hata sayfaları http://{ $address } adresinde { $locales } dilde sunuluyor; /healthz sağlık denetimlerini yanıtlar.
# After SIGTERM or Ctrl-C.
cli-serve-stopping = Durduruluyor: süren istekler tamamlanıyor.
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are.
cli-error-serve-listen = “{ $address }” dinlenecek bir adres değil; 127.0.0.1:8080 veya [::1]:8080 gibi yazın.
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = { $address } adresi dinlenemiyor: { $error }
