# Canonical English reason phrases, as registered by IANA and defined by RFC 9110.
# These are the phrases sent on the wire ("HTTP/1.1 404 Not Found"). They are never
# translated, and no locale may define or override them.

wire-100 = Continue
wire-101 = Switching Protocols
wire-102 = Processing
wire-103 = Early Hints
wire-104 = Upload Resumption Supported

wire-200 = OK
wire-201 = Created
wire-202 = Accepted
wire-203 = Non-Authoritative Information
wire-204 = No Content
wire-205 = Reset Content
wire-206 = Partial Content
wire-207 = Multi-Status
wire-208 = Already Reported
wire-226 = IM Used

wire-300 = Multiple Choices
wire-301 = Moved Permanently
wire-302 = Found
wire-303 = See Other
wire-304 = Not Modified
wire-305 = Use Proxy
wire-307 = Temporary Redirect
wire-308 = Permanent Redirect

wire-400 = Bad Request
wire-401 = Unauthorized
wire-402 = Payment Required
wire-403 = Forbidden
wire-404 = Not Found
wire-405 = Method Not Allowed
wire-406 = Not Acceptable
wire-407 = Proxy Authentication Required
wire-408 = Request Timeout
wire-409 = Conflict
wire-410 = Gone
wire-411 = Length Required
wire-412 = Precondition Failed
wire-413 = Content Too Large
wire-414 = URI Too Long
wire-415 = Unsupported Media Type
wire-416 = Range Not Satisfiable
wire-417 = Expectation Failed
wire-418 = I'm a Teapot
wire-421 = Misdirected Request
wire-422 = Unprocessable Content
wire-423 = Locked
wire-424 = Failed Dependency
wire-425 = Too Early
wire-426 = Upgrade Required
wire-428 = Precondition Required
wire-429 = Too Many Requests
wire-431 = Request Header Fields Too Large
wire-451 = Unavailable For Legal Reasons

wire-500 = Internal Server Error
wire-501 = Not Implemented
wire-502 = Bad Gateway
wire-503 = Service Unavailable
wire-504 = Gateway Timeout
wire-505 = HTTP Version Not Supported
wire-506 = Variant Also Negotiates
wire-507 = Insufficient Storage
wire-508 = Loop Detected
wire-510 = Not Extended
wire-511 = Network Authentication Required
