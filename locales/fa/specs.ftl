# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = معناشناسی HTTP
spec-rfc2518 = افزونه‌های HTTP برای تألیف توزیع‌شده (WebDAV)
spec-rfc4918 = افزونه‌های HTTP برای تألیف و نسخه‌بندی توزیع‌شده در وب (WebDAV)
spec-rfc5842 = افزونه‌های پیوند (Binding) برای WebDAV
spec-rfc3229 = کدگذاری دلتا در HTTP
spec-rfc8297 = یک کد وضعیت HTTP برای اعلام اشاره‌ها
spec-rfc8470 = استفاده از دادهٔ زودهنگام در HTTP
spec-rfc6585 = کدهای وضعیت تکمیلی HTTP
spec-rfc7725 = یک کد وضعیت HTTP برای گزارش موانع قانونی
spec-rfc2295 = مذاکرهٔ شفاف محتوا در HTTP
spec-rfc2774 = چارچوب افزونه‌های HTTP
spec-rfc2324 = پروتکل کنترل قهوه‌جوش ابرمتنی (HTCPCP/1.0)
spec-draft-resumable-upload = بارگذاری‌های قابل ازسرگیری در HTTP (پیش‌نویس اینترنتی)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }، بخش { $section }
# A citation of an Experimental RFC: «RFC 5842، بخش 7.1 (آزمایشی)». { $citation } is
# the citation above; use it exactly once.
spec-citation-experimental = { $citation } (آزمایشی)

# Where a status code stands in its life.
lifecycle-standard = استاندارد
lifecycle-experimental = آزمایشی
lifecycle-provisional = موقت
lifecycle-deprecated = منسوخ
lifecycle-obsoleted = از رده خارج
lifecycle-reserved = رزروشده
