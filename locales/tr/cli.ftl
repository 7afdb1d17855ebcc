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
