# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = הסמנטיקה של HTTP
spec-rfc2518 = הרחבות HTTP לכתיבה מבוזרת (WebDAV)
spec-rfc4918 = הרחבות HTTP לכתיבה מבוזרת ולניהול גרסאות ברשת (WebDAV)
spec-rfc5842 = הרחבות קישור (Binding) ל־WebDAV
spec-rfc3229 = קידוד דלתא ב־HTTP
spec-rfc8297 = קוד מצב HTTP לציון רמזים
spec-rfc8470 = שימוש בנתונים מוקדמים ב־HTTP
spec-rfc6585 = קודי מצב HTTP נוספים
spec-rfc7725 = קוד מצב HTTP לדיווח על מניעה משפטית
spec-rfc2295 = משא ומתן שקוף על תוכן ב־HTTP
spec-rfc2774 = מסגרת הרחבות ל־HTTP
spec-rfc2324 = פרוטוקול לשליטה בקנקן קפה באמצעות היפרטקסט (HTCPCP/1.0)
spec-draft-resumable-upload = העלאות ניתנות לחידוש ב־HTTP (טיוטת אינטרנט)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, סעיף { $section }
# A citation of an Experimental RFC: "RFC 5842, סעיף 7.1 (ניסיוני)". { $citation } is
# the citation above; use it exactly once.
spec-citation-experimental = { $citation } (ניסיוני)

# Where a status code stands in its life.
lifecycle-standard = תקני
lifecycle-experimental = ניסיוני
lifecycle-provisional = זמני
lifecycle-deprecated = הוצא משימוש
lifecycle-obsoleted = מיושן
lifecycle-reserved = שמור
