# 定义状态码的规范的标题，以及引用这些规范时使用的词语
# （“RFC 9110 第 15.5.5 节（实验性）”）。
# RFC 编号和章节编号由程序添加：不要写在这里。

spec-rfc9110 = HTTP 语义
spec-rfc2518 = 用于分布式创作的 HTTP 扩展（WebDAV）
spec-rfc4918 = 用于 Web 分布式创作和版本控制的 HTTP 扩展（WebDAV）
spec-rfc5842 = WebDAV 的绑定扩展
spec-rfc3229 = HTTP 中的增量编码
spec-rfc8297 = 用于指示提示的 HTTP 状态码
spec-rfc8470 = 在 HTTP 中使用早期数据
spec-rfc6585 = 附加的 HTTP 状态码
spec-rfc7725 = 用于报告法律障碍的 HTTP 状态码
spec-rfc2295 = HTTP 中的透明内容协商
spec-rfc2774 = HTTP 扩展框架
spec-rfc2324 = 超文本咖啡壶控制协议（HTCPCP/1.0）
spec-draft-resumable-upload = HTTP 可续传上传（互联网草案）

# 引用规范章节的写法：“RFC 9110 第 15.5.5 节”。$spec 是规范（“RFC 9110”），
# $section 是章节编号；两个变量都必须保留，且各只出现一次。
spec-citation = { $spec } 第 { $section } 节
# 实验性（Experimental）RFC 的引用：“RFC 5842 第 7.1 节（实验性）”。{ $citation } 是上面的引用，
# 只使用一次。括号用全角，前面不加空格。
spec-citation-experimental = { $citation }（实验性）

# 状态码在其生命周期中所处的阶段。
lifecycle-standard = 标准
lifecycle-experimental = 实验性
lifecycle-provisional = 暂定
lifecycle-deprecated = 已弃用
lifecycle-obsoleted = 已废止
lifecycle-reserved = 保留
