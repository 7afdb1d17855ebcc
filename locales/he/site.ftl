# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Hebrew: labels reuse the words of docs.ftl and cli.ftl (מחלקה, מעמד, שם הקבוע, טקסט המצב);
# headings are noun phrases, as on Hebrew websites (דילוג לתוכן, בחירת שפה).

## בכל דף

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = שפות
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = דילוג לתוכן
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Not Found"), { $site } the name of the site ("קודי מצב של HTTP"). Hebrew sites
# separate the two with a vertical bar.
site-page-title = { $page } | { $site }
# The last line of every page.
site-footer = נוצר מקובצי השפה של http-status-catalog. שמות הקבועים, טקסטי המצב ודוגמאות חילופי ההודעות נשארים כפי ש־HTTP כותב אותם.

## האינדקס של שפה: טבלת קודי המצב, לפי מחלקות

# The heading of the table of contents, which lists the five classes.
site-contents = תוכן העניינים
# After a class in the table of contents: { $count } is how many codes it has. Hebrew has
# the CLDR categories one, two and other.
site-class-count = { $count ->
        [one] קוד אחד
        [two] שני קודים
       *[other] { $count } קודים
    }

## הדף של קוד מצב אחד

# The link back to the index, at the top of the page.
site-all-codes = כל קודי המצב
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = מה נאמר למבקרים באתר
# Labels in the list of facts about a code, each followed by its value.
site-label-class = מחלקה
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = מעמד
site-label-name = שם הקבוע
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = שמות קודמים
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = טקסט המצב
# The specification sections that define the code, each linked.
site-label-references = מקור ההגדרה
site-label-caching = שמירה במטמון
site-label-content = תוכן
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = ניתן לשמירה במטמון כברירת מחדל: מטמון רשאי לשמור את התגובה הזו ולהשתמש בה שוב גם כשהכותרות שלה אינן מציינות דבר על הטריות שלה.
# The value of "Caching" for the other codes.
site-cacheable-no = לא ניתן לשמירה במטמון כברירת מחדל: מטמון שומר את התגובה הזו רק כשהכותרות שלה מתירות זאת.
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = לעולם אין תוכן: התגובה מסתיימת בכותרות שלה.
# The value of "Content" for the other codes.
site-no-content-no = ייתכן שיש בתגובה תוכן, כמו דף שמסביר את המצב.
# The heading above an example of a request and its response.
site-example = דוגמה לחילופי הודעות
# Below the example.
site-example-note = בקשה, ואחריה שורת המצב וכותרות התגובה שחשובות לקוד הזה. תוכן ההודעות הושמט.
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = הקוד הקודם והקוד הבא

## דף הבסיס, שמפרט את כל השפות

# Its heading, shown before a language is chosen and followed by the list of languages, each
# in its own language; it is used on the language's own pages too.
site-root-heading = בחירת שפה
