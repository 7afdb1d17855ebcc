# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = ความหมายของ HTTP
spec-rfc2518 = ส่วนขยาย HTTP สำหรับการเขียนเอกสารร่วมกันแบบกระจาย (WebDAV)
spec-rfc4918 = ส่วนขยาย HTTP สำหรับการเขียนเอกสารร่วมกันและการจัดการเวอร์ชันบนเว็บแบบกระจาย (WebDAV)
spec-rfc5842 = ส่วนขยายการผูกสำหรับ WebDAV
spec-rfc3229 = การเข้ารหัสแบบเดลตาใน HTTP
spec-rfc8297 = รหัสสถานะ HTTP สำหรับการส่งคำใบ้
spec-rfc8470 = การใช้ข้อมูลช่วงต้นใน HTTP
spec-rfc6585 = รหัสสถานะ HTTP เพิ่มเติม
spec-rfc7725 = รหัสสถานะ HTTP สำหรับแจ้งอุปสรรคทางกฎหมาย
spec-rfc2295 = การต่อรองเนื้อหาแบบโปร่งใสใน HTTP
spec-rfc2774 = เฟรมเวิร์กส่วนขยายของ HTTP
spec-rfc2324 = โปรโตคอลควบคุมหม้อกาแฟไฮเปอร์เท็กซ์ (HTCPCP/1.0)
spec-draft-resumable-upload = การอัปโหลดต่อจากจุดเดิมสำหรับ HTTP (ร่างอินเทอร์เน็ต)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec } หัวข้อ { $section }
# A citation of an Experimental RFC: "RFC 5842 หัวข้อ 7.1 (ทดลอง)". { $citation } is
# the citation above; use it exactly once.
spec-citation-experimental = { $citation } (ทดลอง)

# Where a status code stands in its life.
lifecycle-standard = มาตรฐาน
lifecycle-experimental = ทดลอง
lifecycle-provisional = เฉพาะกาล
lifecycle-deprecated = ไม่แนะนำให้ใช้
lifecycle-obsoleted = เลิกใช้แล้ว
lifecycle-reserved = สงวนไว้
