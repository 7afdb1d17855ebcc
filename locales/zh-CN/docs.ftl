# 将状态码表格渲染为文档时使用的词语。

docs-caption = HTTP 状态码
docs-intro = IANA HTTP 状态码注册表中的每一个状态码，以及定义它的规范。

# 状态码表格的列标题。
docs-column-code = 状态码
docs-column-name = 枚举名称
docs-column-details = 详情
docs-column-phrase = 原因短语
docs-column-title = 标题
docs-column-description = 描述
docs-column-class = 类别
docs-column-lifecycle = 状态
docs-column-aliases = 其他名称

# 渲染出的表格末尾的一条注释，说明表格的来源。
docs-generated = 由状态码目录的本地化文件通过“httpstatus docs”生成。请勿手动编辑。
