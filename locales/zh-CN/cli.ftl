# 本语言的名称，用本语言书写。
locale-name = 中文（简体）

# httpstatus 命令行工具输出的标签。
cli-label-code = 状态码
cli-label-name = 名称
cli-label-aliases = 其他名称
cli-label-phrase = 原因短语
cli-label-title = 标题
cli-label-description = 描述
cli-label-class = 类别
cli-label-lifecycle = 状态
cli-label-references = 定义于
cli-label-locale = 语言
cli-label-cacheable = 默认可缓存
cli-label-no-content = 从不包含内容
cli-yes = 是
cli-no = 否
cli-unregistered = 不是已注册的状态码：按照 RFC 9110 的要求，根据其所属类别进行描述。
