# اسم هذه اللغة مكتوبًا بها.
locale-name = العربية

# التسميات التي تطبعها أداة سطر الأوامر httpstatus.
cli-label-code = الرمز
cli-label-name = الاسم
cli-label-aliases = أسماء أخرى
cli-label-phrase = عبارة السبب
cli-label-title = العنوان
cli-label-description = الوصف
cli-label-class = الفئة
cli-label-lifecycle = الحالة
cli-label-references = مُعرَّف في
cli-label-locale = اللغة
cli-label-cacheable = قابل للتخزين المؤقت افتراضيًا
cli-label-no-content = بلا محتوى دائمًا
cli-yes = نعم
cli-no = لا
cli-unregistered = ليس رمز حالة مسجلًا: وُصف بحسب فئته، كما يقتضي RFC 9110.
