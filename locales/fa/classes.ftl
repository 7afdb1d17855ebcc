# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = اطلاعاتی
class-1xx-description = پاسخی میانی: درخواست دریافت شده و سرور هنوز در حال پردازش آن است. کلاینت باید منتظر پاسخ نهایی بماند که پس از آن می‌آید.
class-2xx-title = موفقیت
class-2xx-description = درخواست با موفقیت دریافت، درک و پذیرفته شد.
class-3xx-title = تغییر مسیر
class-3xx-description = کلاینت باید برای تکمیل درخواست اقدام دیگری انجام دهد، معمولاً با دنبال کردن یک تغییر مسیر به نشانی دیگر.
class-4xx-title = خطای کلاینت
class-4xx-description = درخواست خطایی دارد، مانند نحو نادرست، یا به شکلی که فرستاده شده قابل انجام نیست. کلاینت باید پیش از تلاش دوباره آن را اصلاح کند.
class-5xx-title = خطای سرور
class-5xx-description = سرور نتوانست درخواستی را که به نظر معتبر است انجام دهد. مشکل از سرور است و تلاش دوباره در زمانی دیگر ممکن است کمک کند.
