# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = สถานะ HTTP
# The link back to the start page of the site.
page-home-link = ไปที่หน้าแรก
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors).
page-try-again = ลองอีกครั้ง
# The heading of the small block with the code, request id and technical description.
page-technical-details = รายละเอียดทางเทคนิค
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = รหัสคำขอ
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front of
# the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = ที่อยู่ที่ร้องขอ
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = เมธอดที่อนุญาต
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours. Thai has no plural forms, so the plain unit words วินาที, นาที and ชั่วโมง are used.
# Keep { $count } exactly once.
page-retry-seconds = คุณลองอีกครั้งได้ในอีก { $count } วินาที
page-retry-minutes = คุณลองอีกครั้งได้ในอีก { $count } นาที
page-retry-hours = คุณลองอีกครั้งได้ในอีก { $count } ชั่วโมง
