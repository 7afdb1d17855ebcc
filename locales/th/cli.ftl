# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are; Fluent chooses the plural form from the number, so give
# every form your language needs (https://projectfluent.org/fluent/guide/selectors.html).
# Thai has a single CLDR cardinal category, other; counts take a classifier (รายการ, รหัส).

## Labels of a described code: "Class: 4xx (Client Error)".

cli-label-class = ประเภท
cli-label-name = ชื่อ
cli-label-aliases = ชื่ออื่น
cli-label-phrase = วลีเหตุผล
cli-label-lifecycle = สถานะ
cli-label-references = กำหนดไว้ใน
cli-label-locale = ภาษา
cli-label-cacheable = แคชได้โดยค่าเริ่มต้น
cli-label-no-content = ไม่มีเนื้อหาเสมอ
cli-yes = ใช่
cli-no = ไม่ใช่
# The class after its label: "4xx (ข้อผิดพลาดของไคลเอนต์)". { $class } is like 4xx, { $title } the
# class's name. Thai puts a space before the opening bracket.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: "RFC 9110 หัวข้อ 15.5.5 — ความหมายของ HTTP".
# { $citation } is the citation, { $title } the specification's title.
cli-reference-value = { $citation } — { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = ไม่ใช่รหัสสถานะที่ลงทะเบียนไว้ จึงอธิบายตามประเภทของรหัสตามที่ RFC 9110 กำหนด
# Shown under 306, which the registry keeps reserved.
cli-reserved = สงวนไว้ในทะเบียนและไม่มีการใช้งานแล้ว จึงอธิบายตามประเภทของรหัสตามที่ RFC 9110 กำหนด

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
       *[other] รหัสที่ลงทะเบียนไว้ { $count } รหัส
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } ไม่ใช่รหัสสถานะ HTTP รหัสสถานะมีค่าตั้งแต่ 100 ถึง 599
cli-error-unknown-name = “{ $input }” ไม่ใช่ทั้งรหัสสถานะและชื่อสถานะที่รู้จัก
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” ไม่ใช่ทั้งรหัสสถานะและชื่อสถานะที่รู้จัก คุณหมายถึง { $name } ใช่หรือไม่
cli-error-bad-tag = “{ $tag }” ไม่ใช่แท็กภาษา ให้เขียนแบบ en ru หรือ pt-BR
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = ไม่มีโลแคลที่ตรงกับ “{ $requested }” จึงใช้ { $chosen } ({ $name }) แทน
cli-error-no-folder = { $path } ไม่ใช่โฟลเดอร์ที่เก็บโฟลเดอร์โลแคล
cli-error-no-locale = ไม่มีโฟลเดอร์โลแคล { $tag } บนดิสก์ใน { $path }
cli-error-not-a-tag = “{ $tag }” ไม่ใช่แท็กภาษาในรูปแบบมาตรฐาน ให้เขียนแบบ pt-BR
cli-error-exists = { $path } มีไฟล์อยู่แล้ว ใช้ --force เพื่อเขียนทับ
# { $error } is the operating system's message, usually in English.
cli-error-io = เขียน { $path } ไม่ได้: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = มีคำเตือน { $count ->
       *[other] { $count } รายการ
    } ใน { $path } ดูรายการได้ด้วย “httpstatus check”

## httpstatus check

# One line per locale: "ru: 187/187 translated, 0 missing, 0 stale".
cli-check-locale = { $tag }: แปลแล้ว { $translated }/{ $total } ยังไม่แปล { $missing } ล้าสมัย { $stale }
# The last line: "0 errors, 2 warnings in 30 locales".
cli-check-summary = ข้อผิดพลาด { $errors ->
       *[other] { $errors } รายการ
    } คำเตือน { $warnings ->
       *[other] { $warnings } รายการ
    } ใน { $locales ->
       *[other] { $locales } โลแคล
    }
cli-check-recorded = บันทึกต้นฉบับภาษาอังกฤษปัจจุบันของ { $tag } ไว้ใน { $path } แล้ว

## httpstatus locales: the state of each locale.

cli-locale-current = ครบถ้วน เป็นปัจจุบัน
cli-locale-stale = ครบถ้วน ล้าสมัย { $stale }
cli-locale-partial = ไม่ครบ: ยังไม่แปล { $missing } ล้าสมัย { $stale }
cli-locale-pseudo = โลแคลจำลอง สร้างจากภาษาอังกฤษ
cli-locale-from-disk = (จากดิสก์)

## httpstatus template

cli-template-wrote = เขียน { $path } แล้ว
cli-template-next = ขั้นต่อไป: แปล แล้วรัน “httpstatus check --locales-dir { $path } --update-source { $tag }”

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] เขียน { $path } แล้ว
cli-docs-unchanged = [{ $done }/{ $total }] { $path } ไม่เปลี่ยนแปลง

## httpstatus site

# After writing the site: "เขียน 1985 ไฟล์สำหรับ 30 ภาษาไว้ใน site/ แล้ว". { $files } is the
# number of files and { $languages } the number of languages (Thai has only the CLDR category
# other; ไฟล์ and ภาษา are the classifiers), { $path } the output folder.
cli-site-written = เขียน { $files ->
       *[other] { $files } ไฟล์
    }สำหรับ { $languages ->
       *[other] { $languages } ภาษา
    }ไว้ใน { $path } แล้ว
# Shown after the line above when no --base-url was given. Keep “--base-url” and “sitemap.xml”.
cli-site-no-sitemap = ไม่ได้เขียน sitemap.xml เพราะแผนผังเว็บไซต์ต้องใช้ที่อยู่แบบสัมบูรณ์ ใช้ --base-url เพื่อเขียนไฟล์นี้
# { $url } is what was given after --base-url.
cli-error-base-url = “{ $url }” ไม่ใช่ URL ฐาน ให้ระบุที่อยู่ http หรือ https ที่ไม่มีส่วนคิวรี เช่น https://example.org/http/

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 หน้า". { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (Thai has only the CLDR
# category other; หน้า is the classifier).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
       *[other] { $count } หน้า
    }
# The last line: "เขียน 3 ไฟล์ไว้ใน out/ แล้ว ไม่เปลี่ยนแปลง 5 ไฟล์". { $written } files written,
# { $unchanged } files left as they were, { $path } the output folder.
cli-pages-done = เขียน { $written ->
       *[other] { $written } ไฟล์
    }ไว้ใน { $path } แล้ว ไม่เปลี่ยนแปลง { $unchanged } ไฟล์
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: "ลบ 3 ไฟล์ที่การรันครั้งก่อนเขียนไว้ แต่การรันครั้งนี้ไม่เขียนแล้ว". { $count } files
# were deleted (Thai has only the CLDR category other; ไฟล์ is the classifier).
cli-pages-removed = { $count ->
       *[other] ลบ { $count } ไฟล์ที่การรันครั้งก่อนเขียนไว้ แต่การรันครั้งนี้ไม่เขียนแล้ว
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = นำไปรวมในการตั้งค่าเซิร์ฟเวอร์: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep “httpstatus locales”.
cli-error-pages-locale = ไม่มีโลแคลที่ตรงกับ “{ $tag }” ดูรายการได้ด้วย “httpstatus locales”
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = “{ $input }” ไม่ใช่รหัสข้อผิดพลาด ให้ระบุรหัสตั้งแต่ 400 ถึง 599 หรือ 4xx หรือ 5xx
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = “{ $input }” ไม่ใช่รูปแบบของหน้า ให้ระบุ html หรือ json หรือทั้งสองอย่าง
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir.
cli-error-pages-install-dir = ระบุ { $path } ในการตั้งค่าเซิร์ฟเวอร์ไม่ได้ ให้ใช้ --install-dir ระบุพาธแบบสัมบูรณ์ที่ไม่มีเครื่องหมายคำพูด วงเล็บปีกกา อัฒภาค หรือเครื่องหมายดอลลาร์

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# “http://{ $address }” in one piece, scripts read it. { $locales } is the number of languages.
cli-serve-listening = กำลังให้บริการหน้าข้อผิดพลาดที่ http://{ $address } ใน { $locales } ภาษา และ /healthz จะตอบการตรวจสอบสถานะ
# After SIGTERM or Ctrl-C.
cli-serve-stopping = กำลังหยุด: รอให้คำขอที่กำลังดำเนินการอยู่เสร็จสิ้น
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are.
cli-error-serve-listen = “{ $address }” ไม่ใช่ที่อยู่สำหรับรอรับการเชื่อมต่อ ให้เขียนแบบ 127.0.0.1:8080 หรือ [::1]:8080
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = รอรับการเชื่อมต่อที่ { $address } ไม่ได้: { $error }
