# What an error page tells a visitor who is not a developer: for every client (4xx) and
# server (5xx) error, a short message that leads the page, and the action to suggest.
# Write for anyone using a website: no jargon ("request" is fine, "upstream" or "POST" are
# not), address the visitor directly, one or two short sentences each. The technical
# description of each code (status.ftl) appears below it, under "Technical details".
# Keep the tone calm and never blame the visitor.
# Hebrew: the visitor is addressed in the plural (נסו, שלכם, אתם), the usual gender-neutral
# form of Hebrew websites.

## Client errors (4xx): something about the request. visitor-NNN leads the page;
## visitor-NNN-action says what the visitor can do.

visitor-400 = האתר לא הצליח להבין את הבקשה שהדפדפן שלכם שלח.
visitor-400-action = חזרו אחורה ונסו שוב. אם זה ממשיך לקרות, מחקו את קובצי ה־Cookie של האתר הזה או השתמשו בדפדפן אחר.
visitor-401 = עליכם להתחבר כדי לצפות בדף הזה.
visitor-401-action = התחברו ונסו שוב.
visitor-402 = התוכן הזה דורש תשלום או מינוי.
visitor-402-action = בדקו את פרטי המינוי או התשלום שלכם באתר הזה.
visitor-403 = אין לכם הרשאה לצפות בדף הזה.
visitor-403-action = אם לדעתכם אמורה להיות לכם גישה, פנו לבעלי האתר.
visitor-404 = לא הצלחנו למצוא את הדף שחיפשתם.
visitor-404-action = בדקו שאין בכתובת שגיאות הקלדה, או התחילו מחדש מדף הבית.
visitor-405 = אי אפשר להשתמש בדף הזה בדרך שבה הדפדפן שלכם ניסה להשתמש בו עכשיו.
visitor-405-action = חזרו לדף הקודם ונסו שוב משם.
visitor-406 = לאתר אין גרסה של הדף הזה בפורמט או בשפה שהדפדפן שלכם מקבל.
visitor-406-action = נסו שוב בדפדפן אחר, או שנו את הגדרות השפה של הדפדפן.
visitor-407 = הרשת שאתם משתמשים בה דורשת שתתחברו אליה לפני שתוכלו להגיע לאתר הזה.
visitor-407-action = התחברו לרשת ונסו שוב.
visitor-408 = האתר חיכה זמן רב מדי לסיום שליחת הבקשה מהדפדפן שלכם.
visitor-408-action = נסו שוב. אם החיבור שלכם איטי, המתינו רגע לפני כן.
visitor-409 = השינוי שלכם מתנגש במצב הנוכחי של הדף, אולי כי מישהו אחר שינה אותו קודם.
visitor-409-action = טענו מחדש את הדף כדי לראות את הגרסה העדכנית, ואז בצעו את השינוי שוב.
visitor-410 = הדף הזה הוסר לצמיתות.
visitor-410-action = התחילו מחדש מדף הבית, או חפשו באתר תוכן דומה.
visitor-411 = הדפדפן שלכם שלח את הבקשה בצורה שהאתר לא יכול לקבל.
visitor-411-action = נסו שוב. אם זה ממשיך לקרות, השתמשו בדפדפן אחר.
visitor-412 = הדף הזה השתנה מאז שהדפדפן שלכם טען אותו בפעם האחרונה, ולכן לא בוצע דבר.
visitor-412-action = טענו מחדש את הדף ונסו שוב.
visitor-413 = מה שניסיתם לשלוח גדול ממה שהאתר הזה מקבל.
visitor-413-action = נסו קובץ קטן יותר, או שלחו פחות בבת אחת.
visitor-414 = כתובת האינטרנט ארוכה מדי בשביל האתר.
visitor-414-action = בדקו את הכתובת, או חזרו אחורה ולחצו שוב על הקישור.
visitor-415 = האתר לא מקבל את סוג הקובץ או הנתונים הזה.
visitor-415-action = נסו שוב עם קובץ בפורמט אחר.
visitor-416 = החלק של הקובץ שהדפדפן שלכם ביקש לא קיים.
visitor-416-action = התחילו את ההורדה מחדש מההתחלה.
visitor-417 = האתר לא יכול לעמוד בתנאי שהדפדפן שלכם הציב לבקשה הזו.
visitor-417-action = נסו שוב. אם זה ממשיך לקרות, השתמשו בדפדפן אחר.
visitor-418 = השרת הזה הוא קומקום תה, וקומקומי תה לא מכינים קפה.
visitor-418-action = נסו קנקן קפה במקום.
visitor-421 = הבקשה שלכם הגיעה לשרת שלא יכול לענות בשם האתר הזה.
visitor-421-action = טענו מחדש את הדף בעוד רגע.
visitor-422 = האתר הבין את מה ששלחתם, אבל חלק ממנו לא תקין.
visitor-422-action = בדקו את מה שהזנתם, תקנו ושלחו שוב.
visitor-423 = הפריט הזה נעול כי הוא בשימוש או בעריכה.
visitor-423-action = המתינו זמן מה ונסו שוב.
visitor-424 = לא ניתן היה להשלים את הפעולה כי שלב שהיא תלויה בו נכשל.
visitor-424-action = נסו לבצע את כל הפעולה מחדש.
visitor-425 = למען ביטחונכם, האתר עדיין לא טיפל בבקשה הזו.
visitor-425-action = נסו שוב.
visitor-426 = האתר דורש חיבור חדש ומאובטח יותר מזה שהדפדפן שלכם השתמש בו.
visitor-426-action = עדכנו את הדפדפן או האפליקציה ונסו שוב.
visitor-428 = כדי לא לדרוס שינויים של מישהו אחר, האתר צריך לדעת איזו גרסה אתם עורכים.
visitor-428-action = טענו מחדש את הדף, ואז בצעו את השינוי שוב.
visitor-429 = נשלחו מכם יותר מדי בקשות בזמן קצר.
visitor-429-action = המתינו זמן מה ונסו שוב.
visitor-431 = הדפדפן שלכם שלח עם הבקשה יותר מדי מידע נוסף, לרוב בגלל קובצי Cookie גדולים.
visitor-431-action = מחקו את קובצי ה־Cookie של האתר הזה ונסו שוב.
visitor-451 = הדף הזה אינו זמין כאן מסיבות משפטיות.
visitor-451-action = התחילו מחדש מדף הבית; ייתכן שהאתר מסביר את הסיבה במקום אחר.

## Server errors (5xx): something went wrong on the site's side, not the visitor's.

visitor-500 = משהו השתבש בצד של האתר.
visitor-500-action = נסו שוב בעוד כמה דקות. אם זה ממשיך לקרות, דווחו על כך לבעלי האתר.
visitor-501 = האתר לא יכול לבצע את מה שהדפדפן שלכם ביקש ממנו.
visitor-501-action = חזרו לדף הקודם.
visitor-502 = האתר לא קיבל תשובה תקינה משרת אחר שהוא תלוי בו.
visitor-502-action = נסו שוב בעוד כמה דקות.
visitor-503 = האתר לא יכול לטפל בבקשה שלכם כרגע.
visitor-503-action = נסו שוב בעוד כמה דקות.
visitor-504 = האתר חיכה זמן רב מדי לתשובה משרת אחר שהוא תלוי בו.
visitor-504-action = נסו שוב בעוד כמה דקות.
visitor-505 = האתר לא תומך בסוג החיבור שהדפדפן שלכם השתמש בו.
visitor-505-action = עדכנו את הדפדפן או האפליקציה ונסו שוב.
visitor-506 = האתר מוגדר באופן שמונע ממנו לבחור איזו גרסה של הדף הזה להציג.
visitor-506-action = דווחו על כך לבעלי האתר.
visitor-507 = לאתר נגמר שטח האחסון הדרוש לבקשה שלכם.
visitor-507-action = נסו שוב מאוחר יותר, או דווחו על כך לבעלי האתר.
visitor-508 = האתר נתקע בלולאה בזמן הטיפול בבקשה שלכם.
visitor-508-action = דווחו על כך לבעלי האתר.
visitor-510 = האתר צריך לקבל עם הבקשה מידע נוסף לפני שיוכל לטפל בה.
visitor-510-action = דווחו על כך לבעלי האתר.
visitor-511 = עליכם להתחבר לרשת לפני שתוכלו להשתמש באינטרנט.
visitor-511-action = פתחו דף אינטרנט כלשהו כדי להגיע לדף ההתחברות של הרשת, ואז התחברו.

## Codes without a message of their own (such as 499 or 599) use their class's.

visitor-4xx = הייתה בעיה בבקשה, ולכן האתר לא הצליח להשלים אותה.
visitor-4xx-action = בדקו את הכתובת, או חזרו אחורה ונסו שוב.
visitor-5xx = משהו השתבש בצד של האתר.
visitor-5xx-action = נסו שוב בעוד כמה דקות.
