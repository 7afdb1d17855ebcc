# كلمات أداة سطر الأوامر httpstatus. لا يقرأ هذا الملف غير الأداة.
# أبقِ المتغيّرات { $…} كما هي؛ تختار Fluent صيغة الجمع بحسب العدد، فأعطِ كل الصيغ التي تحتاجها
# لغتك (https://projectfluent.org/fluent/guide/selectors.html). للعربية ست صيغ في CLDR:
# zero وone وtwo وfew (من 3 إلى 10) وmany (من 11 إلى 99) وother (100 فما فوق).

## تسميات الرمز الموصوف: «الفئة: 4xx (خطأ من العميل)».

cli-label-class = الفئة
cli-label-name = الاسم
cli-label-aliases = أسماء أخرى
cli-label-phrase = عبارة السبب
cli-label-lifecycle = الحالة
cli-label-references = مُعرَّف في
cli-label-locale = اللغة
cli-label-cacheable = قابل للتخزين المؤقت افتراضيًا
cli-label-no-content = بلا محتوى دائمًا
cli-yes = نعم
cli-no = لا
# الفئة بعد تسميتها: «4xx (خطأ من العميل)». المتغيّر $class مثل 4xx، و$title اسم الفئة.
cli-class-value = { $class } ({ $title })
# الإحالة إلى مواصفة بعد تسميتها: «RFC 9110، القسم 15.5.5 — دلالات HTTP».
# المتغيّر $citation هو الإحالة، و$title عنوان المواصفة.
cli-reference-value = { $citation } — { $title }
# تظهر تحت رمز غير مسجَّل، مثل 299.
cli-unregistered = ليس رمز حالة مسجلًا: وُصف بحسب فئته، كما يقتضي RFC 9110.
# تظهر تحت 306، الذي يبقيه السجل محجوزًا.
cli-reserved = محجوز في السجل ولم يعد مستخدمًا: وُصف بحسب فئته، كما يقتضي RFC 9110.

## عرض فئة: «httpstatus 4xx». المتغيّر $class هو «4xx» و$title اسم الفئة.

cli-class-heading = { $class } { $title }: { $count ->
        [zero] { $count } رمز مسجل
        [one] رمز مسجل واحد
        [two] رمزان مسجلان
        [few] { $count } رموز مسجلة
        [many] { $count } رمزًا مسجلًا
       *[other] { $count } رمز مسجل
    }

## أخطاء في سطر الأوامر. المتغيّر $input هو ما كُتب.

cli-error-out-of-range = { $input } ليس رمز حالة HTTP: تتراوح الرموز من 100 إلى 599.
cli-error-unknown-name = «{ $input }» ليس رمز حالة ولا اسم حالة معروفًا.
# الخطأ نفسه عندما يكون هناك اسم قريب مما كُتب: $name مثل NOT_FOUND.
cli-error-unknown-name-did-you-mean = «{ $input }» ليس رمز حالة ولا اسم حالة معروفًا. هل تقصد { $name }؟
cli-error-bad-tag = «{ $tag }» ليس وسم لغة؛ اكتب وسمًا مثل en أو ru أو pt-BR.
# المتغيّر $requested هو الوسم المطلوب؛ و$chosen هي اللغة المستخدمة بدلًا منه، و$name اسمها.
cli-warning-no-locale = لا توجد لغة تطابق الوسم المطلوب «{ $requested }»؛ ستُستخدم { $chosen } ({ $name }).
cli-error-no-folder = { $path } ليس مجلدًا يضم مجلدات لغات.
cli-error-no-locale = لا يوجد على القرص مجلد للغة { $tag } في { $path }.
cli-error-not-a-tag = «{ $tag }» ليس وسم لغة بالصيغة المعيارية؛ اكتبه بصيغة مثل pt-BR.
# قبل ‎--force علامة اتجاه من اليسار إلى اليمين (U+200E) كي لا تنتقل الشرطتان إلى طرفه الآخر.
cli-error-exists = يحتوي { $path } على ملفات بالفعل؛ مرِّر ‎--force للكتابة فوقها.
# المتغيّر $error هو رسالة نظام التشغيل، وتكون عادةً بالإنجليزية.
cli-error-io = تتعذّر الكتابة في { $path }: { $error }

## تحميل مجلدات اللغات من القرص (‎--locales-dir).

cli-disk-warnings = { $count ->
        [zero] { $count } تحذير
        [one] تحذير واحد
        [two] تحذيران
        [few] { $count } تحذيرات
        [many] { $count } تحذيرًا
       *[other] { $count } تحذير
    } في { $path }؛ يسردها الأمر «httpstatus check».

## httpstatus check

# سطر لكل لغة: «ru: المترجمة 187 من 187، الناقصة 0، القديمة 0».
cli-check-locale = { $tag }: المترجمة { $translated } من { $total }، الناقصة { $missing }، القديمة { $stale }
# السطر الأخير: «0 خطأ، تحذيران في 30 لغة».
cli-check-summary = { $errors ->
        [zero] { $errors } خطأ
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] { $warnings } تحذير
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    } في { $locales ->
        [zero] { $locales } لغة
        [one] لغة واحدة
        [two] لغتين
        [few] { $locales } لغات
        [many] { $locales } لغةً
       *[other] { $locales } لغة
    }
cli-check-recorded = سُجِّل النص الإنجليزي الحالي للغة { $tag } في { $path }.

## httpstatus locales: وضع كل لغة.

cli-locale-current = مكتملة ومحدَّثة
cli-locale-stale = مكتملة، القديمة { $stale }
cli-locale-partial = جزئية: الناقصة { $missing }، القديمة { $stale }
cli-locale-pseudo = لغة زائفة مولَّدة من الإنجليزية
cli-locale-from-disk = (من القرص)

## httpstatus template

cli-template-wrote = تمت كتابة { $path }
cli-template-next = التالي: ترجم الرسائل، ثم شغّل «httpstatus check --locales-dir { $path } --update-source { $tag }».

## httpstatus docs --out-dir: التقدّم، سطر لكل ملف.

cli-docs-written = [{ $done }/{ $total }] تمت كتابة { $path }
cli-docs-unchanged = [{ $done }/{ $total }] لم يتغيّر { $path }

## httpstatus site

# بعد كتابة الموقع: «1985 ملفًا لـ30 لغة في site/». $files عدد الملفات و$languages عدد اللغات
# (الصيغ الست لكلٍّ منهما)، و$path مجلد الإخراج. حرف الجر داخل كل صيغة، لأن «للغة» و«للغتين»
# تُكتبان متصلتين.
cli-site-written = { $files ->
        [zero] { $files } ملف
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    } { $languages ->
        [zero] لـ{ $languages } لغة
        [one] للغة واحدة
        [two] للغتين
        [few] لـ{ $languages } لغات
        [many] لـ{ $languages } لغةً
       *[other] لـ{ $languages } لغة
    } في { $path }
# يظهر بعد السطر السابق إذا لم يُعطَ ‎--base-url. أبقِ «‎--base-url» و«sitemap.xml» كما هما؛
# قبل ‎--base-url علامة اتجاه من اليسار إلى اليمين (U+200E).
cli-site-no-sitemap = لم يُكتب الملف sitemap.xml: تحتاج خريطة الموقع إلى عناوين مطلقة؛ مرِّر ‎--base-url لكتابتها.
# المتغيّر $url هو ما أُعطي بعد ‎--base-url.
cli-error-base-url = «{ $url }» ليس عنوان URL أساسيًا: اكتب عنوان http أو https بلا سلسلة استعلام، مثل https://example.org/http/.

## httpstatus pages: صفحات خطأ ثابتة ومقتطفات إعدادات للخوادم الوكيلة العكسية.

# التقدّم، سطر لكل لغة: «[3/30] ru: 80 صفحة». المتغيّران $done و$total يعدّان اللغات، و$tag وسم لغة،
# و$count عدد الصفحات (الصيغ الست).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [zero] { $count } صفحة
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $count } صفحات
        [many] { $count } صفحةً
       *[other] { $count } صفحة
    }
# السطر الأخير: «تمت كتابة 3 ملفات في out/، وبقي 5 دون تغيير.» المتغيّر $written عدد الملفات
# المكتوبة (الصيغ الست، مجرورة بعد «كتابة»)، و$unchanged عدد الملفات التي بقيت كما هي، و$path مجلد الإخراج.
cli-pages-done = تمت كتابة { $written ->
        [zero] { $written } ملف
        [one] ملف واحد
        [two] ملفين
        [few] { $written } ملفات
        [many] { $written } ملفًا
       *[other] { $written } ملف
    } في { $path }، وبقي { $unchanged } دون تغيير.
# يظهر قبل السطر الأخير حين يكون تشغيل سابق في المجلد نفسه قد كتب صفحات (أو ملفات خادم) لم يعد هذا
# التشغيل يكتبها، لأنه طُلبت رموز أو لغات أو تنسيقات أقل: المتغيّر $count عدد الملفات المحذوفة (الصيغ
# الست، مجرورة بعد «حذف»؛ والضمير العائد يطابق العدد).
cli-pages-removed = { $count ->
        [zero] تم حذف { $count } ملف كتبه تشغيل سابق ولم يعد هذا التشغيل يكتبه.
        [one] تم حذف ملف واحد كتبه تشغيل سابق ولم يعد هذا التشغيل يكتبه.
        [two] تم حذف ملفين كتبهما تشغيل سابق ولم يعد هذا التشغيل يكتبهما.
        [few] تم حذف { $count } ملفات كتبها تشغيل سابق ولم يعد هذا التشغيل يكتبها.
        [many] تم حذف { $count } ملفًا كتبها تشغيل سابق ولم يعد هذا التشغيل يكتبها.
       *[other] تم حذف { $count } ملف كتبها تشغيل سابق ولم يعد هذا التشغيل يكتبها.
    }
# سطر لكل ملف إعدادات خادم كُتب، يطلب من المشغّل إدراجه؛ $path هو الملف.
cli-pages-snippet = أدرِج في إعدادات الخادم: { $path }
# الوسم $tag ورد في ‎--locales ولا توجد لغة بهذا الوسم. أبقِ «httpstatus locales» كما هو.
cli-error-pages-locale = لا توجد لغة تطابق الوسم «{ $tag }»؛ يسرد الأمر «httpstatus locales» اللغات.
# المتغيّر $input قيمة لـ‎--codes ليست رمز خطأ ولا 4xx ولا 5xx. أبقِ 400 و599 و4xx و5xx كما هي.
cli-error-pages-code = «{ $input }» ليس رمز خطأ: اكتب رموزًا من 400 إلى 599، أو 4xx أو 5xx.
# المتغيّر $input قيمة لـ‎--format ليست html ولا json. أبقِ html وjson كما هما.
cli-error-pages-format = «{ $input }» ليس تنسيق صفحات: اكتب html أو json أو كليهما.
# المجلد $path الذي ستذكره إعدادات الخادم فيه محارف لا تقبلها ملفات الإعدادات، أو ليس مسارًا مطلقًا.
# أبقِ ‎--install-dir، وقبله علامة اتجاه من اليسار إلى اليمين (U+200E).
cli-error-pages-install-dir = لا يمكن ذكر { $path } في إعدادات خادم: مرِّر مع ‎--install-dir مسارًا مطلقًا بلا علامات اقتباس أو أقواس معقوصة أو فواصل منقوطة أو علامات دولار.

## httpstatus serve: خادم صفحات الخطأ.

# سطر البدء على stderr. المتغيّر $address مثل 127.0.0.1:8080؛ أبقِ «http://{ $address }» قطعة
# واحدة، فالسكربتات تقرؤه. $locales عدد اللغات (الصيغ الست، وحرف الجر داخل كل صيغة). قبل ‎/healthz
# علامة اتجاه من اليسار إلى اليمين (U+200E).
cli-serve-listening = تُقدَّم صفحات الخطأ على http://{ $address } { $locales ->
        [zero] بـ{ $locales } لغة
        [one] بلغة واحدة
        [two] بلغتين
        [few] بـ{ $locales } لغات
        [many] بـ{ $locales } لغةً
       *[other] بـ{ $locales } لغة
    }؛ ويستجيب ‎/healthz لطلبات الفحص.
# بعد SIGTERM أو Ctrl-C.
cli-serve-stopping = جارٍ الإيقاف: يجري إكمال الطلبات قيد التنفيذ.
# المتغيّر $address، المعطى بعد ‎--listen، ليس عنوانًا. أبقِ أمثلة العناوين وأرقامها كما هي؛ وتحيط
# بالمثال ‎[::1]:8080‎ علامتا اتجاه من اليسار إلى اليمين (U+200E) كي يظهر كما يُكتب.
cli-error-serve-listen = «{ $address }» ليس عنوانًا يمكن الاستماع عليه؛ اكتبه بصيغة مثل 127.0.0.1:8080 أو ‎[::1]:8080‎.
# تعذّر الاستماع على $address؛ والمتغيّر $error رسالة نظام التشغيل، وتكون عادةً بالإنجليزية.
cli-error-serve-bind = يتعذّر الاستماع على { $address }: { $error }
