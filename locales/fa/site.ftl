# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Persian: the labels reuse the words of docs.ftl and cli.ftl (دسته، جایگاه، نام ثابت، متن وضعیت).

## در همهٔ صفحه‌ها

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = زبان‌ها
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = رفتن به محتوا
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Not Found"), { $site } the name of the site («کدهای وضعیت HTTP»). Persian sites
# separate the two with a vertical bar.
site-page-title = { $page } | { $site }
# The last line of every page.
site-footer = این صفحه از فایل‌های زبان http-status-catalog ساخته شده است. نام‌های ثابت، متن‌های وضعیت و نمونه‌های تبادل پیام همان‌طور که HTTP می‌نویسد باقی می‌مانند.

## فهرست یک زبان: جدول کدهای وضعیت، گروه‌بندی‌شده بر اساس دسته

# The heading of the table of contents, which lists the five classes.
site-contents = فهرست مطالب
# After a class in the table of contents: { $count } is how many codes it has. Persian has
# the CLDR categories one and other; a noun after a number stays singular.
site-class-count = { $count ->
        [one] { $count } کد
       *[other] { $count } کد
    }

## صفحهٔ یک کد وضعیت

# The link back to the index, at the top of the page.
site-all-codes = همهٔ کدهای وضعیت
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = آنچه به بازدیدکننده گفته می‌شود
# Labels in the list of facts about a code, each followed by its value.
site-label-class = دسته
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = جایگاه
site-label-name = نام ثابت
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = نام‌های قدیمی‌تر
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = متن وضعیت
# The specification sections that define the code, each linked.
site-label-references = تعریف‌شده در
site-label-caching = ذخیره در حافظهٔ نهان
site-label-content = محتوا
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = به‌طور پیش‌فرض قابل ذخیره در حافظهٔ نهان: حافظهٔ نهان می‌تواند این پاسخ را ذخیره کند و دوباره به کار ببرد، حتی وقتی سرآیندهای آن چیزی دربارهٔ تازگی‌اش نمی‌گویند.
# The value of "Caching" for the other codes.
site-cacheable-no = به‌طور پیش‌فرض قابل ذخیره در حافظهٔ نهان نیست: حافظهٔ نهان این پاسخ را فقط وقتی ذخیره می‌کند که سرآیندهای آن اجازه دهند.
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = هرگز محتوا ندارد: پاسخ با سرآیندهایش به پایان می‌رسد.
# The value of "Content" for the other codes.
site-no-content-no = ممکن است محتوا داشته باشد، مانند صفحه‌ای که وضعیت را توضیح می‌دهد.
# The heading above an example of a request and its response.
site-example = نمونهٔ تبادل پیام
# Below the example.
site-example-note = یک درخواست، سپس خط وضعیت و آن سرآیندهای پاسخ که برای این کد اهمیت دارند. محتوای پیام‌ها آورده نشده است.
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = کد قبلی و کد بعدی

## صفحهٔ اصلی، که همهٔ زبان‌ها را فهرست می‌کند

# Its heading, shown before a language is chosen and followed by the list of languages, each
# in its own language; it is used on the language's own pages too.
site-root-heading = یک زبان انتخاب کنید
