# كلمات تُستخدم عند عرض جدول رموز الحالة في صورة توثيق.

docs-caption = رموز حالة HTTP
docs-intro = جميع رموز الحالة الواردة في سجل رموز حالة HTTP لدى IANA، مع المواصفة التي تعرّف كلًّا منها.

# عناوين أعمدة جدول رموز الحالة.
docs-column-code = الرمز
docs-column-name = الاسم في التعداد
docs-column-details = التفاصيل
docs-column-phrase = عبارة السبب
docs-column-title = العنوان
docs-column-description = الوصف
docs-column-class = الفئة
docs-column-lifecycle = الحالة
docs-column-aliases = أسماء أخرى

# ملاحظة في نهاية الجدول المعروض تبيّن مصدره.
docs-generated = أُنشئ من ملفات اللغات في الكتالوج باستخدام «httpstatus docs». لا تعدّله يدويًا.
