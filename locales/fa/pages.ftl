# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = وضعیت HTTP
# The link back to the start page of the site.
page-home-link = رفتن به صفحهٔ اصلی
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors).
page-try-again = تلاش دوباره
# The heading of the small block with the code, request id and technical description.
page-technical-details = جزئیات فنی
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = شناسهٔ درخواست
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front of
# the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = نشانی درخواست‌شده
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = متدهای مجاز
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours. Persian needs no plural form (a noun after a number stays singular), and its short
# unit forms are the words themselves (ثانیه، دقیقه، ساعت), as CLDR gives them. Keep
# { $count } exactly once.
page-retry-seconds = می‌توانید { $count } ثانیهٔ دیگر دوباره تلاش کنید.
page-retry-minutes = می‌توانید { $count } دقیقهٔ دیگر دوباره تلاش کنید.
page-retry-hours = می‌توانید { $count } ساعت دیگر دوباره تلاش کنید.
