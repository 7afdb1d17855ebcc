# Web 应用向用户显示的 HTML 错误页面上的文字。

# 状态码和原因短语前面的标签：“HTTP 状态：404 Not Found”。
page-status-label = HTTP 状态
# 返回网站首页的链接。
page-home-link = 前往首页
# 重新加载页面的按钮，用于可能自行消失的错误（408、425、429 和服务器错误）。
page-try-again = 重试
# 包含状态码、请求 ID 和技术说明的小区块的标题。
page-technical-details = 技术详情
# 请求标识符的标签，支持人员用它在日志中查找该请求。
page-request-id = 请求 ID
# 访客所请求地址（路径和查询字符串）的标签，其值由网站前面的反向代理提供（X-Original-URI），
# 按发送时的原样从左到右显示。
page-original-uri = 请求的地址
# 页面接受的方法的标签，取自响应的 Allow 头（405）。
page-allowed-methods = 允许的方法
# 网站告知何时可以重试时（Retry-After 头）：秒数、分钟数或小时数。
# 中文没有复数形式，直接用单位即可。{ $count } 恰好使用一次。
page-retry-seconds = 您可以在 { $count } 秒后重试。
page-retry-minutes = 您可以在 { $count } 分钟后重试。
page-retry-hours = 您可以在 { $count } 小时后重试。
