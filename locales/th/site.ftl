# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Thai: the labels reuse the words of docs.ftl and cli.ftl (ประเภท, สถานะ, ชื่อ Enum, วลีเหตุผล);
# no sentence-final full stop; a space separates sentences and clauses.

## ทุกหน้า

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = ภาษา
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = ข้ามไปยังเนื้อหา
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Not Found"), { $site } the name of the site ("รหัสสถานะ HTTP"). Thai sites
# separate the two with a vertical bar.
site-page-title = { $page } | { $site }
# The last line of every page.
site-footer = สร้างจากไฟล์ภาษาของ http-status-catalog ชื่อ Enum วลีเหตุผล และตัวอย่างการรับส่งข้อความจะคงไว้ตามที่ HTTP เขียน

## หน้าดัชนีของแต่ละภาษา: ตารางรหัสสถานะ จัดกลุ่มตามประเภท

# The heading of the table of contents, which lists the five classes.
site-contents = สารบัญ
# After a class in the table of contents: { $count } is how many codes it has. Thai has the
# single CLDR category other; รหัส is the classifier.
site-class-count = { $count ->
       *[other] { $count } รหัส
    }

## หน้าของรหัสสถานะแต่ละรหัส

# The link back to the index, at the top of the page.
site-all-codes = รหัสสถานะทั้งหมด
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = สิ่งที่แจ้งแก่ผู้เข้าชม
# Labels in the list of facts about a code, each followed by its value.
site-label-class = ประเภท
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = สถานะ
site-label-name = ชื่อ Enum
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = ชื่อเดิม
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = วลีเหตุผล
# The specification sections that define the code, each linked.
site-label-references = กำหนดไว้ใน
site-label-caching = การแคช
site-label-content = เนื้อหา
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = แคชได้โดยค่าเริ่มต้น แคชอาจจัดเก็บการตอบกลับนี้และนำกลับมาใช้ซ้ำได้ แม้ส่วนหัวของการตอบกลับจะไม่ได้ระบุถึงความสดใหม่ของข้อมูลเลยก็ตาม
# The value of "Caching" for the other codes.
site-cacheable-no = แคชไม่ได้โดยค่าเริ่มต้น แคชจะจัดเก็บการตอบกลับนี้เฉพาะเมื่อส่วนหัวของการตอบกลับอนุญาตเท่านั้น
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = ไม่มีเนื้อหาเสมอ การตอบกลับจะสิ้นสุดที่ส่วนหัว
# The value of "Content" for the other codes.
site-no-content-no = อาจมีเนื้อหา เช่น หน้าที่อธิบายสถานะ
# The heading above an example of a request and its response.
site-example = ตัวอย่างการรับส่งข้อความ
# Below the example.
site-example-note = คำขอ ตามด้วยบรรทัดสถานะและส่วนหัวของการตอบกลับที่เกี่ยวข้องกับรหัสนี้ โดยละเนื้อหาของข้อความไว้
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = รหัสก่อนหน้าและรหัสถัดไป

## หน้าหลักที่แสดงรายการทุกภาษา

# Its heading, shown before a language is chosen and followed by the list of languages, each
# in its own language; it is used on the language's own pages too.
site-root-heading = เลือกภาษา
