# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are. Persian has the CLDR plural categories one (0 and 1) and
# other; a noun after a number stays singular, so both variants read the same.

## Labels of a described code: «دسته: 4xx (خطای کلاینت)».

cli-label-class = دسته
cli-label-name = نام
cli-label-aliases = نام‌های دیگر
cli-label-phrase = متن وضعیت
cli-label-lifecycle = جایگاه
cli-label-references = تعریف‌شده در
cli-label-locale = زبان
cli-label-cacheable = به‌طور پیش‌فرض قابل ذخیره در حافظهٔ نهان
cli-label-no-content = هرگز محتوا ندارد
cli-yes = بله
cli-no = خیر
# The class after its label: «4xx (خطای کلاینت)». { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: «RFC 9110، بخش 15.5.5 — معناشناسی HTTP».
# { $citation } is the citation, { $title } the specification's title.
cli-reference-value = { $citation } — { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = کد وضعیت ثبت‌شده‌ای نیست: همان‌طور که RFC 9110 می‌خواهد، بر اساس دستهٔ آن توصیف شده است.
# Shown under 306, which the registry keeps reserved.
cli-reserved = در رجیستری رزرو شده و دیگر استفاده نمی‌شود: همان‌طور که RFC 9110 می‌خواهد، بر اساس دستهٔ آن توصیف شده است.

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } کد ثبت‌شده
       *[other] { $count } کد ثبت‌شده
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } کد وضعیت HTTP نیست: کدها از 100 تا 599 هستند.
cli-error-unknown-name = «{ $input }» نه کد وضعیت است و نه نام وضعیتی شناخته‌شده.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = «{ $input }» نه کد وضعیت است و نه نام وضعیتی شناخته‌شده. منظورتان { $name } بود؟
cli-error-bad-tag = «{ $tag }» برچسب زبان نیست؛ برچسبی مانند en، ru یا pt-BR بنویسید.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = هیچ زبانی با برچسب درخواست‌شدهٔ «{ $requested }» مطابقت ندارد؛ به‌جای آن از { $chosen } ({ $name }) استفاده می‌شود.
cli-error-no-folder = { $path } پوشه‌ای نیست که پوشه‌های زبان را در خود داشته باشد.
cli-error-no-locale = در { $path } روی دیسک پوشهٔ زبانی به نام { $tag } وجود ندارد.
cli-error-not-a-tag = «{ $tag }» برچسب زبان به شکل متعارف نیست؛ آن را مانند pt-BR بنویسید.
# A left-to-right mark (U+200E) precedes --force, so that bidi display keeps its dashes in front.
cli-error-exists = در { $path } از قبل فایل‌هایی هست؛ برای بازنویسی آن‌ها از گزینهٔ ‎--force استفاده کنید.
# { $error } is the operating system's message, usually in English.
cli-error-io = نوشتن در { $path } ممکن نیست: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } هشدار
       *[other] { $count } هشدار
    } در { $path }؛ فرمان «httpstatus check» آن‌ها را فهرست می‌کند.

## httpstatus check

# One line per locale: "ru: 187/187 ترجمه‌شده، 0 جاافتاده، 0 قدیمی".
cli-check-locale = { $tag }: { $translated }/{ $total } ترجمه‌شده، { $missing } جاافتاده، { $stale } قدیمی
# The last line: "0 خطا، 2 هشدار در 30 زبان".
cli-check-summary = { $errors ->
        [one] { $errors } خطا
       *[other] { $errors } خطا
    }، { $warnings ->
        [one] { $warnings } هشدار
       *[other] { $warnings } هشدار
    } در { $locales ->
        [one] { $locales } زبان
       *[other] { $locales } زبان
    }
cli-check-recorded = متن انگلیسی فعلی { $tag } در { $path } ثبت شد.

## httpstatus locales: the state of each locale.

cli-locale-current = کامل، به‌روز
cli-locale-stale = کامل، { $stale } قدیمی
cli-locale-partial = ناقص: { $missing } جاافتاده، { $stale } قدیمی
cli-locale-pseudo = شبه‌زبان، ساخته‌شده از انگلیسی
cli-locale-from-disk = (از دیسک)

## httpstatus template

cli-template-wrote = { $path } نوشته شد
cli-template-next = گام بعد: ترجمه کنید، سپس «httpstatus check --locales-dir { $path } --update-source { $tag }» را اجرا کنید.

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] { $path } نوشته شد
cli-docs-unchanged = [{ $done }/{ $total }] { $path } تغییری نکرد

## httpstatus site

# After writing the site: «1985 فایل برای 30 زبان در site/». { $files } is the number of files
# and { $languages } the number of languages, { $path } the output folder. Persian has the
# CLDR categories one and other; a noun after a number stays singular.
cli-site-written = { $files ->
        [one] { $files } فایل
       *[other] { $files } فایل
    } برای { $languages ->
        [one] { $languages } زبان
       *[other] { $languages } زبان
    } در { $path }
# Shown after the line above when no --base-url was given. Keep “--base-url” and
# “sitemap.xml”; a left-to-right mark (U+200E) precedes --base-url.
cli-site-no-sitemap = فایل sitemap.xml نوشته نشد: نقشهٔ سایت به نشانی‌های مطلق نیاز دارد؛ برای نوشتن آن از گزینهٔ ‎--base-url استفاده کنید.
# { $url } is what was given after --base-url.
cli-error-base-url = «{ $url }» یک URL پایه نیست: نشانی‌ای با http یا https و بدون رشتهٔ پرس‌وجو بدهید، مانند https://example.org/http/.

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: «[3/30] ru: 80 صفحه». { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (one and other; a noun
# after a number stays singular).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } صفحه
       *[other] { $count } صفحه
    }
# The last line: «3 فایل در out/ نوشته شد و 5 فایل بدون تغییر ماند.» { $written } files
# written (one and other), { $unchanged } files left as they were, { $path } the output folder.
cli-pages-done = { $written ->
        [one] { $written } فایل
       *[other] { $written } فایل
    } در { $path } نوشته شد و { $unchanged } فایل بدون تغییر ماند.
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: «3 فایل که اجرای قبلی نوشته بود و این اجرا دیگر نمی‌نویسد، حذف شد.» { $count } files
# were deleted (one and other; a noun after a number stays singular).
cli-pages-removed = { $count ->
        [one] { $count } فایل که اجرای قبلی نوشته بود و این اجرا دیگر نمی‌نویسد، حذف شد.
       *[other] { $count } فایل که اجرای قبلی نوشته بود و این اجرا دیگر نمی‌نویسد، حذف شد.
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = در پیکربندی سرور بگنجانید: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep “httpstatus locales”.
cli-error-pages-locale = هیچ زبانی با برچسب «{ $tag }» مطابقت ندارد؛ فرمان «httpstatus locales» زبان‌ها را فهرست می‌کند.
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = «{ $input }» کد خطا نیست: کدهای 400 تا 599، یا 4xx یا 5xx بدهید.
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = «{ $input }» قالب صفحه نیست: html، json یا هر دو را بدهید.
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir; a left-to-right
# mark (U+200E) precedes it.
cli-error-pages-install-dir = { $path } را نمی‌توان در پیکربندی سرور آورد: با گزینهٔ ‎--install-dir مسیری مطلق بدهید که علامت نقل‌قول، آکولاد، نقطه‌ویرگول یا علامت دلار نداشته باشد.

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# “http://{ $address }” in one piece, scripts read it. { $locales } is the number of languages
# (a noun after a number stays singular). A left-to-right mark (U+200E) precedes /healthz.
cli-serve-listening = صفحه‌های خطا در http://{ $address } به { $locales } زبان ارائه می‌شوند؛ ‎/healthz به بررسی‌های سلامت پاسخ می‌دهد.
# After SIGTERM or Ctrl-C.
cli-serve-stopping = در حال توقف: درخواست‌های در جریان به پایان می‌رسند.
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are; left-to-right marks (U+200E) enclose [::1]:8080 so that it shows as written.
cli-error-serve-listen = «{ $address }» نشانی‌ای برای گوش دادن نیست؛ آن را مانند 127.0.0.1:8080 یا ‎[::1]:8080‎ بنویسید.
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = گوش دادن روی { $address } ممکن نیست: { $error }
