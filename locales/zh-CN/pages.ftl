# Web 应用向用户显示的 HTML 错误页面上的文字。

# 状态码和原因短语前面的标签：“HTTP 状态：404 Not Found”。
page-status-label = HTTP 状态
# 返回网站首页的链接。
page-home-link = 前往首页
