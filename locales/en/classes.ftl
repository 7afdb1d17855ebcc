### Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
### They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

## Class titles (class-Nxx-title): the name of a class, shown by httpstatus (CLI) after the class
## ("Class: 4xx (Client Error)"), in the section headings of the docs table and in JSON output.
## A name, not a sentence: no full stop.
## Class descriptions (class-Nxx-description): one or two plain sentences, shown by httpstatus
## when it lists a class, and as the description of an unregistered code of the class (such as
## 299) on the error page and in httpstatus. No placeholders; translate every word.

class-1xx-title = Informational
class-1xx-description = An interim response: the request was received and the server is still processing it. The client should wait for the final response that follows.
class-2xx-title = Success
class-2xx-description = The request was successfully received, understood and accepted.
class-3xx-title = Redirection
class-3xx-description = The client must take further action to complete the request, usually by following a redirect to another address.
class-4xx-title = Client Error
class-4xx-description = The request contains an error, such as bad syntax, or cannot be fulfilled as sent. The client should correct it before trying again.
class-5xx-title = Server Error
class-5xx-description = The server failed to fulfill a request that appears to be valid. The problem lies with the server, and trying again later may help.
