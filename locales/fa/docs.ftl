# Words used when the status table is rendered as documentation.

docs-caption = کدهای وضعیت HTTP
docs-intro = همهٔ کدهای وضعیت موجود در رجیستری کدهای وضعیت HTTP در IANA، همراه با مشخصه‌ای که هر کد را تعریف می‌کند.

# Column headings of the status table.
docs-column-code = کد
docs-column-name = نام ثابت
docs-column-details = جزئیات
docs-column-phrase = متن وضعیت
docs-column-title = عنوان
docs-column-description = توضیح
docs-column-class = دسته
docs-column-lifecycle = جایگاه
docs-column-aliases = نام‌های دیگر

# A note at the end of a rendered table saying where it comes from.
docs-generated = با «httpstatus docs» از فایل‌های زبان کاتالوگ ساخته شده است. آن را دستی ویرایش نکنید.
