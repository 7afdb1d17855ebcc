# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = ให้ข้อมูล
class-1xx-description = การตอบกลับระหว่างกาลที่บอกว่าได้รับคำขอแล้วและเซิร์ฟเวอร์ยังประมวลผลอยู่ ไคลเอนต์ควรรอการตอบกลับสุดท้ายที่จะตามมา
class-2xx-title = สำเร็จ
class-2xx-description = ได้รับ เข้าใจ และยอมรับคำขอเรียบร้อยแล้ว
class-3xx-title = การเปลี่ยนเส้นทาง
class-3xx-description = ไคลเอนต์ต้องดำเนินการเพิ่มเติมเพื่อให้คำขอเสร็จสมบูรณ์ โดยปกติคือการตามการเปลี่ยนเส้นทางไปยังที่อยู่อื่น
class-4xx-title = ข้อผิดพลาดของไคลเอนต์
class-4xx-description = คำขอมีข้อผิดพลาด เช่น ไวยากรณ์ไม่ถูกต้อง หรือไม่สามารถดำเนินการตามคำขอในรูปแบบที่ส่งมาได้ ไคลเอนต์ควรแก้ไขคำขอก่อนลองอีกครั้ง
class-5xx-title = ข้อผิดพลาดของเซิร์ฟเวอร์
class-5xx-description = เซิร์ฟเวอร์ไม่สามารถดำเนินการตามคำขอที่ดูเหมือนถูกต้องได้ ปัญหาอยู่ที่ฝั่งเซิร์ฟเวอร์ และการลองใหม่ภายหลังอาจช่วยได้
