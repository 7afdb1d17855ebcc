# Words used when the status table is rendered as documentation.

docs-caption = קודי מצב של HTTP
docs-intro = כל קודי המצב שבמרשם קודי המצב של HTTP המנוהל בידי IANA, לצד המפרט שמגדיר כל אחד מהם.

# Column headings of the status table.
docs-column-code = קוד
docs-column-name = שם הקבוע
docs-column-details = פרטים
docs-column-phrase = טקסט המצב
docs-column-title = כותרת
docs-column-description = תיאור
docs-column-class = מחלקה
docs-column-lifecycle = מעמד
docs-column-aliases = שמות נוספים

# A note at the end of a rendered table saying where it comes from.
docs-generated = נוצר מקובצי השפה של הקטלוג באמצעות "httpstatus docs". אין לערוך ידנית.
