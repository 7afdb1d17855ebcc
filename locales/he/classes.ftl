# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = מידע
class-1xx-description = תגובת ביניים: הבקשה התקבלה והשרת עדיין מעבד אותה. על הלקוח להמתין לתגובה הסופית שתגיע אחריה.
class-2xx-title = הצלחה
class-2xx-description = הבקשה נקלטה, הובנה והתקבלה בהצלחה.
class-3xx-title = הפניה
class-3xx-description = על הלקוח לבצע פעולה נוספת כדי להשלים את הבקשה, בדרך כלל לעקוב אחרי הפניה לכתובת אחרת.
class-4xx-title = שגיאת לקוח
class-4xx-description = הבקשה מכילה שגיאה, כמו תחביר שגוי, או שאי אפשר למלא אותה כפי שנשלחה. על הלקוח לתקן אותה לפני שינסה שוב.
class-5xx-title = שגיאת שרת
class-5xx-description = השרת לא הצליח למלא בקשה שנראית תקינה. הבעיה היא בשרת, וניסיון חוזר מאוחר יותר עשוי לעזור.
