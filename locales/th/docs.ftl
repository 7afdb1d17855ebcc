# Words used when the status table is rendered as documentation.

docs-caption = รหัสสถานะ HTTP
docs-intro = รหัสสถานะทุกรหัสในทะเบียนรหัสสถานะ HTTP ของ IANA พร้อมข้อกำหนดที่นิยามรหัสนั้น

# Column headings of the status table.
docs-column-code = รหัส
docs-column-name = ชื่อ Enum
docs-column-details = รายละเอียด
docs-column-phrase = วลีเหตุผล
docs-column-title = หัวเรื่อง
docs-column-description = คำอธิบาย
docs-column-class = ประเภท
docs-column-lifecycle = สถานะ
docs-column-aliases = ชื่ออื่น

# A note at the end of a rendered table saying where it comes from.
docs-generated = สร้างจากไฟล์ภาษาของแค็ตตาล็อกด้วย “httpstatus docs” อย่าแก้ไขด้วยตนเอง
