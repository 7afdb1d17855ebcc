# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are. Hebrew has the CLDR plural categories one, two and other.
# The descriptions avoid addressing the reader by gender: they use impersonal "יש ל…".

## Labels of a described code: "מחלקה: 4xx (שגיאת לקוח)".

cli-label-class = מחלקה
cli-label-name = שם
cli-label-aliases = שמות נוספים
cli-label-phrase = טקסט המצב
cli-label-lifecycle = מעמד
cli-label-references = מקור ההגדרה
cli-label-locale = שפה
cli-label-cacheable = ניתן לשמירה במטמון כברירת מחדל
cli-label-no-content = לעולם אין תוכן
cli-yes = כן
cli-no = לא
# The class after its label: "4xx (שגיאת לקוח)". { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: "RFC 9110, סעיף 15.5.5 — HTTP Semantics".
# { $citation } is the citation, { $title } the specification's title.
cli-reference-value = { $citation } — { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = קוד מצב לא רשום: התיאור מבוסס על המחלקה שלו, כפי ש־RFC 9110 דורש.
# Shown under 306, which the registry keeps reserved.
cli-reserved = שמור במרשם ואינו בשימוש עוד: התיאור מבוסס על המחלקה שלו, כפי ש־RFC 9110 דורש.

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] קוד רשום אחד
        [two] שני קודים רשומים
       *[other] { $count } קודים רשומים
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } אינו קוד מצב של HTTP: הקודים נעים בין 100 ל־599.
cli-error-unknown-name = "{ $input }" אינו קוד מצב ואינו שם של מצב מוכר.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
# "אולי הכוונה ל…" keeps the question free of grammatical gender.
cli-error-unknown-name-did-you-mean = "{ $input }" אינו קוד מצב ואינו שם של מצב מוכר. אולי הכוונה ל־{ $name }?
cli-error-bad-tag = "{ $tag }" אינו תג שפה; יש לכתוב תג כמו en, ru או pt-BR.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = אין שפה שמתאימה לתג המבוקש "{ $requested }"; נעשה שימוש ב־{ $chosen } ({ $name }).
cli-error-no-folder = { $path } אינה תיקייה שמכילה תיקיות של שפות.
cli-error-no-locale = אין בדיסק תיקיית שפה { $tag } בתוך { $path }.
cli-error-not-a-tag = "{ $tag }" אינו תג שפה בצורה הקנונית; יש לכתוב אותו כמו pt-BR.
# A left-to-right mark (U+200E) precedes --force, so that bidi display keeps its dashes in front.
cli-error-exists = ב־{ $path } כבר יש קבצים; כדי לדרוס אותם יש להוסיף ‎--force.
# { $error } is the operating system's message, usually in English.
cli-error-io = לא ניתן לכתוב אל { $path }: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $count ->
        [one] אזהרה אחת
        [two] שתי אזהרות
       *[other] { $count } אזהרות
    } ב־{ $path }; הפקודה "httpstatus check" מפרטת אותן.

## httpstatus check

# One line per locale: "ru: 187/187 מתורגמות, 0 חסרות, 0 לא עדכניות" (the messages, הודעות).
cli-check-locale = { $tag }: { $translated }/{ $total } מתורגמות, { $missing } חסרות, { $stale } לא עדכניות
# The last line: "0 שגיאות, שתי אזהרות ב־30 שפות".
cli-check-summary = { $errors ->
        [one] שגיאה אחת
        [two] שתי שגיאות
       *[other] { $errors } שגיאות
    }, { $warnings ->
        [one] אזהרה אחת
        [two] שתי אזהרות
       *[other] { $warnings } אזהרות
    } { $locales ->
        [one] בשפה אחת
        [two] בשתי שפות
       *[other] ב־{ $locales } שפות
    }
cli-check-recorded = הטקסט האנגלי הנוכחי של { $tag } נרשם ב־{ $path }.

## httpstatus locales: the state of each locale (שפה, feminine).

cli-locale-current = מלאה ועדכנית
cli-locale-stale = מלאה, { $stale } לא עדכניות
cli-locale-partial = חלקית: { $missing } חסרות, { $stale } לא עדכניות
cli-locale-pseudo = שפה מדומה (pseudo-locale), שנוצרה מאנגלית
cli-locale-from-disk = (מהדיסק)

## httpstatus template

cli-template-wrote = נכתב { $path }
cli-template-next = השלב הבא: לתרגם, ואז להריץ "httpstatus check --locales-dir { $path } --update-source { $tag }".

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] נכתב { $path }
cli-docs-unchanged = [{ $done }/{ $total }] { $path } לא השתנה

## httpstatus site

# After writing the site: "1985 קבצים עבור 30 שפות ב־site/". { $files } is the number of files
# and { $languages } the number of languages (one, two and other for each), { $path } the
# output folder.
cli-site-written = { $files ->
        [one] קובץ אחד
        [two] שני קבצים
       *[other] { $files } קבצים
    } עבור { $languages ->
        [one] שפה אחת
        [two] שתי שפות
       *[other] { $languages } שפות
    } ב־{ $path }
# Shown after the line above when no --base-url was given. Keep "--base-url" and
# "sitemap.xml"; a left-to-right mark (U+200E) precedes --base-url.
cli-site-no-sitemap = לא נכתב sitemap.xml: מפת אתר דורשת כתובות מוחלטות; כדי לכתוב אותה יש להוסיף ‎--base-url.
# { $url } is what was given after --base-url.
cli-error-base-url = "{ $url }" אינה כתובת בסיס: יש לתת כתובת http או https ללא מחרוזת שאילתה, כמו https://example.org/http/.

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 דפים". { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (one, two and other).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] דף אחד
        [two] שני דפים
       *[other] { $count } דפים
    }
# The last line: "נכתבו 3 קבצים ב־out/, 5 ללא שינוי." { $written } files written (one, two
# and other), { $unchanged } files left as they were ("ללא שינוי" needs no agreement),
# { $path } the output folder.
cli-pages-done = { $written ->
        [one] נכתב קובץ אחד
        [two] נכתבו שני קבצים
       *[other] נכתבו { $written } קבצים
    } ב־{ $path }, { $unchanged } ללא שינוי.
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: "נמחקו 3 קבצים שנכתבו בהרצה קודמת ואינם נכתבים עוד בהרצה הזו." { $count } files were
# deleted (one, two and other, as in cli-pages-done).
cli-pages-removed = { $count ->
        [one] נמחק קובץ אחד שנכתב בהרצה קודמת ואינו נכתב עוד בהרצה הזו.
        [two] נמחקו שני קבצים שנכתבו בהרצה קודמת ואינם נכתבים עוד בהרצה הזו.
       *[other] נמחקו { $count } קבצים שנכתבו בהרצה קודמת ואינם נכתבים עוד בהרצה הזו.
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = יש לכלול בתצורת השרת: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep "httpstatus locales".
cli-error-pages-locale = אין שפה שמתאימה לתג "{ $tag }"; הפקודה "httpstatus locales" מפרטת את השפות.
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = "{ $input }" אינו קוד שגיאה: יש לתת קודים בין 400 ל־599, או 4xx או 5xx.
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = "{ $input }" אינו פורמט של דפים: יש לתת html או json, או את שניהם.
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir; a left-to-right
# mark (U+200E) precedes it.
cli-error-pages-install-dir = לא ניתן לציין את { $path } בתצורת שרת: יש לתת עם ‎--install-dir נתיב מוחלט ללא מירכאות, סוגריים מסולסלים, תווי נקודה־פסיק או סימני דולר.

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# "http://{ $address }" in one piece, scripts read it. { $locales } is the number of languages
# (one, two and other). A left-to-right mark (U+200E) precedes /healthz.
cli-serve-listening = דפי שגיאה מוגשים בכתובת http://{ $address } { $locales ->
        [one] בשפה אחת
        [two] בשתי שפות
       *[other] ב־{ $locales } שפות
    }; ‎/healthz עונה לבדיקות תקינות.
# After SIGTERM or Ctrl-C. A noun phrase, free of grammatical gender.
cli-serve-stopping = עצירה: השלמת הבקשות שכבר בטיפול.
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are; left-to-right marks (U+200E) enclose [::1]:8080 so that it shows as written.
cli-error-serve-listen = "{ $address }" אינה כתובת שאפשר להאזין בה; יש לכתוב אותה כמו 127.0.0.1:8080 או ‎[::1]:8080‎.
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = לא ניתן להאזין בכתובת { $address }: { $error }
