# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are; Fluent chooses the plural form from the number, so give
# every form your language needs (https://projectfluent.org/fluent/guide/selectors.html).
# Hindi has two CLDR cardinal categories: one (0 and 1) and other.

## Labels of a described code: "Class: 4xx (Client Error)".

cli-label-class = श्रेणी
cli-label-name = नाम
cli-label-aliases = अन्य नाम
cli-label-phrase = स्थिति संदेश
cli-label-lifecycle = स्थिति
cli-label-references = इसमें परिभाषित
cli-label-locale = भाषा
cli-label-cacheable = डिफ़ॉल्ट रूप से कैश करने योग्य
cli-label-no-content = हमेशा बिना सामग्री
cli-yes = हाँ
cli-no = नहीं
# The class after its label: "4xx (क्लाइंट त्रुटि)". { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: "RFC 9110, खंड 15.5.5 — HTTP सिमेंटिक्स".
# { $citation } is the citation, { $title } the specification's title.
cli-reference-value = { $citation } — { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = यह पंजीकृत स्थिति कोड नहीं है: RFC 9110 की अपेक्षा के अनुसार इसका विवरण इसकी श्रेणी के आधार पर दिया गया है।
# Shown under 306, which the registry keeps reserved.
cli-reserved = रजिस्ट्री में आरक्षित है और अब उपयोग नहीं होता: RFC 9110 की अपेक्षा के अनुसार इसका विवरण इसकी श्रेणी के आधार पर दिया गया है।

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } पंजीकृत कोड
       *[other] { $count } पंजीकृत कोड
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } HTTP स्थिति कोड नहीं है: कोड 100 से 599 तक होते हैं।
cli-error-unknown-name = “{ $input }” न तो कोई स्थिति कोड है और न ही कोई ज्ञात स्थिति नाम।
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” न तो कोई स्थिति कोड है और न ही कोई ज्ञात स्थिति नाम। क्या आपका मतलब { $name } था?
cli-error-bad-tag = “{ $tag }” भाषा टैग नहीं है; en, ru या pt-BR जैसा कोई टैग लिखें।
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = “{ $requested }” से कोई लोकेल मेल नहीं खाता; { $chosen } ({ $name }) का उपयोग किया जा रहा है।
cli-error-no-folder = { $path } लोकेल फ़ोल्डरों वाला फ़ोल्डर नहीं है।
cli-error-no-locale = { $path } में डिस्क पर { $tag } नाम का कोई लोकेल फ़ोल्डर नहीं है।
cli-error-not-a-tag = “{ $tag }” मानक रूप में लिखा गया भाषा टैग नहीं है; इसे pt-BR की तरह लिखें।
cli-error-exists = { $path } में पहले से फ़ाइलें हैं; उन्हें ओवरराइट करने के लिए --force दें।
# { $error } is the operating system's message, usually in English.
cli-error-io = { $path } में लिखा नहीं जा सकता: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $path } में { $count ->
        [one] { $count } चेतावनी है
       *[other] { $count } चेतावनियाँ हैं
    }; “httpstatus check” उनकी सूची दिखाता है।

## httpstatus check

# One line per locale: "ru: 187/187 translated, 0 missing, 0 stale".
# Written as label and number, so that no adjective has to agree with the number.
cli-check-locale = { $tag }: अनुवादित { $translated }/{ $total }, छूटे हुए { $missing }, पुराने { $stale }
# The last line: "0 errors, 2 warnings in 30 locales".
cli-check-summary = { $locales ->
        [one] { $locales } लोकेल में
       *[other] { $locales } लोकेल में
    } { $errors ->
        [one] { $errors } त्रुटि
       *[other] { $errors } त्रुटियाँ
    }, { $warnings ->
        [one] { $warnings } चेतावनी
       *[other] { $warnings } चेतावनियाँ
    }
cli-check-recorded = { $tag } के लिए अंग्रेज़ी का मौजूदा पाठ { $path } में दर्ज किया गया।

## httpstatus locales: the state of each locale.

cli-locale-current = पूर्ण, अद्यतन
cli-locale-stale = पूर्ण, पुराने { $stale }
cli-locale-partial = आंशिक: छूटे हुए { $missing }, पुराने { $stale }
cli-locale-pseudo = छद्म लोकेल, अंग्रेज़ी से जनरेट किया गया
cli-locale-from-disk = (डिस्क से)

## httpstatus template

cli-template-wrote = { $path } लिखा गया
cli-template-next = आगे: अनुवाद करें, फिर “httpstatus check --locales-dir { $path } --update-source { $tag }” चलाएँ।

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] { $path } लिखा गया
cli-docs-unchanged = [{ $done }/{ $total }] { $path } अपरिवर्तित

## httpstatus site

# After writing the site: "site/ में 30 भाषाओं के लिए 1985 फ़ाइलें लिखी गईं". { $path } is the
# output folder, { $languages } the number of languages and { $files } the number of files;
# Hindi has the CLDR categories one (0 and 1) and other for each.
cli-site-written = { $path } में { $languages ->
        [one] { $languages } भाषा के लिए
       *[other] { $languages } भाषाओं के लिए
    } { $files ->
        [one] { $files } फ़ाइल लिखी गई
       *[other] { $files } फ़ाइलें लिखी गईं
    }
# Shown after the line above when no --base-url was given. Keep “--base-url” and “sitemap.xml”.
cli-site-no-sitemap = sitemap.xml नहीं लिखा गया: साइटमैप के लिए पूर्ण पते चाहिए; उसे लिखने के लिए --base-url दें।
# { $url } is what was given after --base-url.
cli-error-base-url = “{ $url }” बेस URL नहीं है: https://example.org/http/ जैसा कोई http या https पता दें, जिसमें क्वेरी न हो।

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 पेज". { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (one and other).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } पेज
       *[other] { $count } पेज
    }
# The last line: "out/ में 3 फ़ाइलें लिखी गईं, 5 अपरिवर्तित।" { $path } is the output folder,
# { $written } the files written (one and other), { $unchanged } the files left as they were.
cli-pages-done = { $path } में { $written ->
        [one] { $written } फ़ाइल लिखी गई
       *[other] { $written } फ़ाइलें लिखी गईं
    }, { $unchanged } अपरिवर्तित।
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: "पहले चलाने पर लिखी गई 3 फ़ाइलें हटा दी गईं, जिन्हें इस बार नहीं लिखा गया।" { $count }
# files were deleted (one and other).
cli-pages-removed = { $count ->
        [one] पहले चलाने पर लिखी गई { $count } फ़ाइल हटा दी गई, जिसे इस बार नहीं लिखा गया।
       *[other] पहले चलाने पर लिखी गई { $count } फ़ाइलें हटा दी गईं, जिन्हें इस बार नहीं लिखा गया।
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = सर्वर कॉन्फ़िगरेशन में शामिल करें: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep “httpstatus locales”.
cli-error-pages-locale = “{ $tag }” से कोई लोकेल मेल नहीं खाता; “httpstatus locales” सभी लोकेल की सूची दिखाता है।
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = “{ $input }” त्रुटि कोड नहीं है: 400 से 599 तक के कोड, 4xx या 5xx दें।
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = “{ $input }” पेज फ़ॉर्मेट नहीं है: html, json या दोनों दें।
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir.
cli-error-pages-install-dir = { $path } को सर्वर कॉन्फ़िगरेशन में नहीं लिखा जा सकता: --install-dir के साथ ऐसा पूर्ण पथ दें जिसमें उद्धरण चिह्न, कर्ली ब्रेसेस, अर्धविराम या डॉलर चिह्न न हों।

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# “http://{ $address }” in one piece, scripts read it. { $locales } is the number of languages
# (one: भाषा, other: भाषाओं, oblique before में).
cli-serve-listening = http://{ $address } पर { $locales ->
        [one] { $locales } भाषा
       *[other] { $locales } भाषाओं
    } में त्रुटि पेज उपलब्ध कराए जा रहे हैं; /healthz हेल्थ-चेक का जवाब देता है।
# After SIGTERM or Ctrl-C.
cli-serve-stopping = रोका जा रहा है: चल रहे अनुरोध पूरे किए जा रहे हैं।
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are.
cli-error-serve-listen = “{ $address }” ऐसा पता नहीं है जिस पर सुना जा सके; इसे 127.0.0.1:8080 या [::1]:8080 की तरह लिखें।
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = { $address } पर सुना नहीं जा सकता: { $error }
