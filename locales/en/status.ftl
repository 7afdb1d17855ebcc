### Human-facing titles and descriptions of every registered HTTP status code.
### The wire phrases live in wire.ftl and are never translated; titles here may differ from them
### in form only.

## 1xx Informational
## Titles (status-1NN-title): the name of each code as your language's browsers and web
## pages say it. Shown as the heading of the error page, after the number in httpstatus (CLI)
## and in the Title column of the docs table. A name, not a sentence: no full stop.
## Descriptions (status-1NN-description): one or two plain sentences for a non-expert,
## what happened and what to do. Shown under the title on the error page, by httpstatus and in
## the docs table.
## Keep as written: header names (Expect, Upgrade, Link), protocol names (WebSocket, WebDAV)
## and the Internet-Draft's title, Resumable Uploads for HTTP.

status-100-title = Continue
status-100-description = The server has received the start of the request and the client should go on sending the rest of it. It usually answers a request that asked, with an Expect header, whether the server would accept the content before it is sent.
status-101-title = Switching Protocols
status-101-description = The server agrees to the client's Upgrade request and is switching the connection to another protocol, such as WebSocket. Everything after this response on the connection uses the new protocol.
status-102-title = Processing
status-102-description = An interim response that told the client the server had accepted a long WebDAV request and was still working on it. It is deprecated: the later WebDAV specification removed it, so clients should not rely on it.
status-103-title = Early Hints
status-103-description = An interim response sent before the final one, usually with Link headers, so the client can start preloading resources while the server prepares its answer. It is experimental, and a client that does not use the hints can simply ignore it.
status-104-title = Upload Resumption Supported
status-104-description = An interim response in which the server says that it supports resumable uploads and where the upload can be found, so an interrupted upload can be continued instead of restarted. It is a provisional registration for the Resumable Uploads for HTTP draft and may change or expire.

## 2xx Success
## Titles (status-2NN-title): the name of each code as your language's browsers and web
## pages say it. Shown as the heading of the error page, after the number in httpstatus (CLI)
## and in the Title column of the docs table. A name, not a sentence: no full stop.
## Descriptions (status-2NN-description): one or two plain sentences for a non-expert,
## what happened and what to do. Shown under the title on the error page, by httpstatus and in
## the docs table.
## Keep as written: header names (Location, Range), method names (GET, POST), the format and
## protocol names XML and WebDAV, and "IM" in the title of 226.

status-200-title = OK
status-200-description = The request succeeded. What the response carries depends on the method: for GET it is the requested resource, for POST usually the result of the action.
status-201-title = Created
status-201-description = The request succeeded and created one or more new resources. The main new resource is normally identified by the Location header of the response.
status-202-title = Accepted
status-202-description = The request has been accepted for processing, but the processing has not finished and may still fail. It is typical of queued or background jobs; the response often says where to check on progress.
status-203-title = Non-Authoritative Information
status-203-description = The request succeeded, but a transforming proxy has modified the content, so it is not exactly what the origin server sent.
status-204-title = No Content
status-204-description = The request succeeded and there is nothing to send back. A browser stays on the current page, and an API client should not expect a response body.
status-205-title = Reset Content
status-205-description = The request succeeded and the client should reset the view that sent it, for example clear a form so that new input can be entered. The response has no content.
status-206-title = Partial Content
status-206-description = The server is sending only the parts of the resource that the client asked for with a Range header. This is how downloads are resumed and how media players jump to a position in a file.
status-207-title = Multi-Status
status-207-description = A WebDAV response that reports a separate status for each of several resources or operations, in an XML body. Check each status in the body rather than the overall code.
status-208-title = Already Reported
status-208-description = Used inside a WebDAV multi-status response to say that the members of a collection have already been listed earlier in the same response and are not repeated. It keeps a resource reachable by several bindings from being listed many times.
status-226-title = IM Used
status-226-description = The server fulfilled a GET request, and the response is the result of one or more instance manipulations, such as a delta, applied to the current version of the resource. It belongs to the delta encoding extension of HTTP.

## 3xx Redirection
## Titles (status-3NN-title): the name of each code as your language's browsers and web
## pages say it. Shown as the heading of the error page, after the number in httpstatus (CLI)
## and in the Title column of the docs table. A name, not a sentence: no full stop.
## Descriptions (status-3NN-description): one or two plain sentences for a non-expert,
## what happened and what to do. Shown under the title on the error page, by httpstatus and in
## the docs table.
## Keep as written: the header name Location, method names (GET, POST) and the code numbers
## 307 and 308.

status-300-title = Multiple Choices
status-300-description = The resource has several representations, each with its own address, and the user or the client should pick one. The server may point to its preferred choice in the Location header.
status-301-title = Moved Permanently
status-301-description = The resource has moved for good to the address given in the Location header, and links and bookmarks should be updated to it. When following it, clients may turn a POST into a GET; 308 is the variant that keeps the method.
status-302-title = Found
status-302-description = The resource is temporarily at the address given in the Location header, and the original address should still be used for future requests. When following it, clients may turn a POST into a GET; 307 is the variant that keeps the method.
status-303-title = See Other
status-303-description = The server sends the client to another resource, given in the Location header, which should be fetched with GET. It is often used after a form is submitted, to show a result page.
status-304-title = Not Modified
status-304-description = A conditional request found that the resource has not changed since the version the client already has, so the client can use its cached copy. The response has no content.
status-305-title = Use Proxy
status-305-description = Once told the client to repeat the request through the proxy named in the Location header. It is deprecated for security reasons, because it let a server route a client's traffic through any proxy, and current clients do not act on it.
status-307-title = Temporary Redirect
status-307-description = The resource is temporarily at the address given in the Location header, and the client must repeat the request there with the same method and content. Future requests should still go to the original address.
status-308-title = Permanent Redirect
status-308-description = The resource has moved for good to the address given in the Location header, and the client must repeat the request there with the same method and content. Future requests should use the new address.

## 4xx Client Error
## Titles (status-4NN-title): the name of each code as your language's browsers and web
## pages say it. Shown as the heading of the error page, after the number in httpstatus (CLI)
## and in the Title column of the docs table. A name, not a sentence: no full stop.
## Descriptions (status-4NN-description): one or two plain sentences for a non-expert,
## what happened and what to do. Shown under the title on the error page, by httpstatus and in
## the docs table.
## Keep as written: header names (WWW-Authenticate, Allow, Accept, Proxy-Authenticate,
## Content-Length, If-Match, If-Unmodified-Since, Retry-After, Content-Type, Content-Encoding,
## Range, Content-Range, Expect, Upgrade), method names (GET, POST), code numbers (401, 405),
## "URI", and the names WebDAV, TLS and Hyper Text Coffee Pot Control Protocol.

status-400-title = Bad Request
status-400-description = The server cannot or will not process the request because of something it sees as a client error, such as malformed syntax or an invalid message. Correct the request before sending it again.
status-401-title = Unauthorized
status-401-description = The request lacks valid credentials for the resource. The WWW-Authenticate header of the response says how to authenticate; sign in or send credentials, then try again.
status-402-title = Payment Required
status-402-description = Reserved for future use; HTTP does not define what it means. Some services use it informally to say that a payment or a subscription is needed.
status-403-title = Forbidden
status-403-description = The server understood the request but refuses to carry it out. Unlike 401, signing in again with the same credentials will not help: the client does not have permission for this resource.
status-404-title = Not Found
status-404-description = The server has nothing at this address, or does not want to reveal that something is there. Check the address for typing mistakes; the page may have been moved or deleted.
status-405-title = Method Not Allowed
status-405-description = The resource exists but does not accept the request method, for example a POST to a read-only page. The Allow header of the response lists the methods it does accept.
status-406-title = Not Acceptable
status-406-description = The server has no version of the resource that matches what the client said it accepts in its Accept headers, such as media type or language, and will not send a default one.
status-407-title = Proxy Authentication Required
status-407-description = Like 401, but the client must first authenticate with a proxy between it and the server. The Proxy-Authenticate header of the response says how.
status-408-title = Request Timeout
status-408-description = The server did not receive a complete request within the time it was prepared to wait, and is closing the connection. The client may send the request again on a new connection.
status-409-title = Conflict
status-409-description = The request conflicts with the current state of the resource, for example an edit based on an outdated version. Resolve the conflict, often by fetching the latest version, and try again.
status-410-title = Gone
status-410-description = The resource used to be here but has been removed on purpose, and it is not coming back; no new address is known. Links to it should be deleted.
status-411-title = Length Required
status-411-description = The server refuses the request because it has no Content-Length header. Send it again with the length of its content.
status-412-title = Precondition Failed
status-412-description = A condition in the request headers, such as If-Match or If-Unmodified-Since, turned out to be false on the server. It typically prevents overwriting a resource that someone else has changed in the meantime.
status-413-title = Content Too Large
status-413-description = The request content is larger than the server is willing or able to process. Send less data; if the limit is only temporary, the Retry-After header may say when to try again.
status-414-title = URI Too Long
status-414-description = The requested address is longer than the server is willing to interpret. This often comes from putting too much data in the query string; send such data in the request body instead.
status-415-title = Unsupported Media Type
status-415-description = The server refuses the request because its content is in a format, or uses an encoding, that the resource does not support for this method. Check the Content-Type and Content-Encoding headers.
status-416-title = Range Not Satisfiable
status-416-description = None of the ranges asked for in the Range header can be served, for example because they start beyond the end of the resource. The response usually gives the current length of the resource in a Content-Range header.
status-417-title = Expectation Failed
status-417-description = The server cannot meet the expectation stated in the Expect header of the request. The client may send the request again without that header.
status-418-title = I'm a Teapot
status-418-description = Reserved and unused in HTTP. It comes from the Hyper Text Coffee Pot Control Protocol, an April Fools' joke in which a teapot refuses to brew coffee, and some servers still send it as an easter egg.
status-421-title = Misdirected Request
status-421-description = The request reached a server that cannot produce a response for its address, for example because a reused connection leads to a server not set up for that host name. The client may retry over a different connection.
status-422-title = Unprocessable Content
status-422-description = The server understands the content type and the syntax is correct, but it cannot act on what the content says, for example because the data fails validation. Correct the data before retrying.
status-423-title = Locked
status-423-description = The WebDAV resource is locked, so the method cannot be applied to it. Wait until the lock is released, or send the lock token if you hold the lock.
status-424-title = Failed Dependency
status-424-description = The method could not be performed on the resource because another action it depended on failed. In WebDAV this happens, for example, when one change in a set fails and the others are therefore not applied.
status-425-title = Too Early
status-425-description = The server will not process a request sent as TLS early data, because such data could be replayed by an attacker. The client should send the request again once the handshake has completed.
status-426-title = Upgrade Required
status-426-description = The server refuses to handle the request over the current protocol but may do so once the client switches to another one. The Upgrade header of the response names the protocols it requires.
status-428-title = Precondition Required
status-428-description = The server requires the request to be conditional, for example to carry an If-Match header, so that changes made by different clients do not overwrite each other. Fetch the current version and send the request again with a condition.
status-429-title = Too Many Requests
status-429-description = The client has sent too many requests in a given amount of time and is being rate limited. Slow down; the Retry-After header may say how long to wait.
status-431-title = Request Header Fields Too Large
status-431-description = The server will not process the request because its header fields, either a single field or all of them together, are too large. Make the headers smaller, for example by clearing cookies for the site, and try again.
status-451-title = Unavailable For Legal Reasons
status-451-description = The server refuses access to the resource because of a legal demand, such as a court order or government censorship. The response should explain what the demand is and who made it.

## 5xx Server Error
## Titles (status-5NN-title): the name of each code as your language's browsers and web
## pages say it. Shown as the heading of the error page, after the number in httpstatus (CLI)
## and in the Title column of the docs table. A name, not a sentence: no full stop.
## Descriptions (status-5NN-description): one or two plain sentences for a non-expert,
## what happened and what to do. Shown under the title on the error page, by httpstatus and in
## the docs table.
## Keep as written: the header name Retry-After, the code number 405, "HTTP", "WebDAV" and
## the name HTTP Extension Framework.

status-500-title = Internal Server Error
status-500-description = The server ran into an unexpected condition that kept it from fulfilling the request. The fault is on the server's side; try again later, and if the problem persists, contact the site's administrators.
status-501-title = Not Implemented
status-501-description = The server does not support the functionality needed to fulfill the request, usually because it does not recognize the request method at all. Unlike 405, this applies to the whole server rather than to one resource.
status-502-title = Bad Gateway
status-502-description = A server acting as a gateway or proxy got an invalid response from the upstream server it contacted. The problem lies between servers, and trying again later may help.
status-503-title = Service Unavailable
status-503-description = The server cannot handle the request right now, usually because it is overloaded or down for maintenance. Try again later; the Retry-After header may say when.
status-504-title = Gateway Timeout
status-504-description = A server acting as a gateway or proxy did not get a response in time from the upstream server it needed to reach. Trying again later may help.
status-505-title = HTTP Version Not Supported
status-505-description = The server does not support, or refuses to support, the major version of HTTP used in the request. The client should try again with a different version of the protocol.
status-506-title = Variant Also Negotiates
status-506-description = The server is misconfigured for transparent content negotiation: the variant it chose is itself set up to negotiate, which would never end. It comes from an experimental specification and is rarely seen.
status-507-title = Insufficient Storage
status-507-description = The server cannot store what it needs to complete the request, for example because a disk or a quota is full. In WebDAV this condition is considered temporary.
status-508-title = Loop Detected
status-508-description = The server stopped an operation because it found an infinite loop while processing a WebDAV request with infinite depth. The whole operation failed.
status-510-title = Not Extended
status-510-description = The request did not include the extension declarations that the server requires under the HTTP Extension Framework. It is obsoleted: that framework has been moved to Historic status, and the code should not be used.
status-511-title = Network Authentication Required
status-511-description = The client must sign in to get network access, typically at a captive portal on public Wi-Fi; the response comes from the network, not from the site that was requested. Open a web page and sign in or accept the network's terms.
