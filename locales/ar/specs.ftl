# عناوين المواصفات التي تعرّف رموز الحالة، والكلمات المستخدمة
# عند الإحالة إليها («RFC 9110، القسم 15.5.5 (تجريبي)»).
# يضيف البرنامج أرقام RFC وأرقام الأقسام: لا تكتبها هنا.

spec-rfc9110 = دلالات HTTP
spec-rfc2518 = امتدادات HTTP للتأليف الموزَّع (WebDAV)
spec-rfc4918 = امتدادات HTTP للتأليف الموزَّع وإدارة الإصدارات على الويب (WebDAV)
spec-rfc5842 = امتدادات الربط لـ WebDAV
spec-rfc3229 = الترميز التفاضلي في HTTP
spec-rfc8297 = رمز حالة HTTP للإشارة إلى التلميحات
spec-rfc8470 = استخدام البيانات المبكرة في HTTP
spec-rfc6585 = رموز حالة HTTP إضافية
spec-rfc7725 = رمز حالة HTTP للإبلاغ عن العوائق القانونية
spec-rfc2295 = التفاوض الشفاف على المحتوى في HTTP
spec-rfc2774 = إطار عمل امتدادات HTTP
spec-rfc2324 = بروتوكول التحكم في إبريق القهوة عبر النص التشعبي (HTCPCP/1.0)
spec-draft-resumable-upload = الرفع القابل للاستئناف في HTTP (مسودة إنترنت)

# كيفية الإحالة إلى قسم من مواصفة: «RFC 9110، القسم 15.5.5». المتغيّر $spec هو المواصفة («RFC 9110»)
# والمتغيّر $section هو رقم القسم؛ استخدم كلًّا منهما مرة واحدة بالضبط.
spec-citation = { $spec }، القسم { $section }
# الإحالة إلى RFC تجريبي: «RFC 5842، القسم 7.1 (تجريبي)». المتغيّر $citation هو الإحالة السابقة؛
# استخدمه مرة واحدة بالضبط.
spec-citation-experimental = { $citation } (تجريبي)

# موقع رمز الحالة في دورة حياته.
lifecycle-standard = قياسي
lifecycle-experimental = تجريبي
lifecycle-provisional = مؤقت
lifecycle-deprecated = مُهمَل
lifecycle-obsoleted = ملغى
lifecycle-reserved = محجوز
