# HTTP 状态码五个类别的标题和描述，各类别以其首位数字命名。
# 它们也用于描述未注册的状态码：RFC 9110 规定，这类状态码应按其所属类别的 x00 状态码处理。

class-1xx-title = 信息响应
class-1xx-description = 一种中间响应：请求已收到，服务器仍在处理。客户端应等待随后到来的最终响应。
class-2xx-title = 成功
class-2xx-description = 请求已被成功接收、理解并接受。
class-3xx-title = 重定向
class-3xx-description = 客户端必须采取进一步操作才能完成请求，通常是跟随重定向前往另一个地址。
class-4xx-title = 客户端错误
class-4xx-description = 请求包含错误（例如语法错误），或者按其发送时的形式无法完成。客户端应先修正请求，再重试。
class-5xx-title = 服务器错误
class-5xx-description = 服务器未能完成一个看似有效的请求。问题出在服务器一方，稍后重试可能会有帮助。
