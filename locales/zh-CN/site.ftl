# “httpstatus site”生成的参考网站上的文字：每种语言一个索引页（带目录的状态码表格），每个状态码一个页面，
# 以及列出所有语言的根页面。只有工具会读取此文件。请保留 { $变量 } 原样。枚举名称（NOT_FOUND）、
# 原因短语、头名称（Location）和交互示例从不翻译，也不在此文件中。

## 每个页面

# 每个页面顶部打开语言列表的按钮（列表中每种语言用其自身的语言书写）。
site-languages = 语言
# 供键盘用户使用的链接，位于每个页面的最前面，只有获得焦点时才显示；它会跳过页眉和语言列表。
site-skip = 跳到主要内容
# 显示在浏览器标签页和搜索结果中的页面标题。{ $page } 是页面本身的标题（“404 未找到”），
# { $site } 是网站名称（“HTTP 状态码”）。按中文网站的常见做法用竖线分隔。
site-page-title = { $page } | { $site }
# 每个页面的最后一行。
site-footer = 由 http-status-catalog 的本地化文件生成。枚举名称、原因短语和交互示例均按 HTTP 中的原样保留。

## 每种语言的索引页：按类别分组的状态码表格

# 目录的标题，目录列出五个类别。
site-contents = 目录
# 目录中类别后面的数量：{ $count } 是该类别中状态码的数量（中文的复数类别只有 other）。
site-class-count = { $count ->
       *[other] { $count } 个状态码
    }

## 单个状态码的页面

# 页面顶部返回索引页的链接。
site-all-codes = 所有状态码
# 一个方框的标题，框中是错误页面向非开发者访客说明的内容以及建议的操作（仅客户端错误和服务器错误）。
# 技术说明位于方框之后。
site-visitor = 向访客说明的内容
# 状态码信息列表中的标签，每个标签后面跟着其值。
site-label-class = 类别
# 状态码所处的阶段：标准、实验性、已弃用等。
site-label-lifecycle = 状态
site-label-name = 枚举名称
# 状态码在早期规范或库中的名称（REQUEST_ENTITY_TOO_LARGE）。
site-label-aliases = 旧名称
# 响应状态行中跟在状态码后面的英文文本（“Not Found”）。
site-label-phrase = 原因短语
# 定义该状态码的规范章节，每项都带有链接。
site-label-references = 定义于
site-label-caching = 缓存
site-label-content = 内容
# 无需明确指示、缓存即可存储的状态码的“缓存”值（RFC 9110 称之为 heuristically cacheable，即可启发式缓存）。
site-cacheable-yes = 默认可缓存：即使响应头未对新鲜度作任何说明，缓存也可以存储此响应并重复使用。
# 其他状态码的“缓存”值。
site-cacheable-no = 默认不可缓存：只有当响应头允许时，缓存才会存储此响应。
# 响应从不包含内容的状态码（1xx、204、205、304）的“内容”值。
site-no-content-yes = 从不包含内容：响应在响应头之后即结束。
# 其他状态码的“内容”值。
site-no-content-no = 可能包含内容，例如解释该状态的页面。
# 一个请求及其响应的示例上方的标题。
site-example = 交互示例
# 显示在示例下方。
site-example-note = 先是一个请求，然后是响应的状态行以及与此状态码相关的响应头。消息内容已省略。
# 页面末尾指向上一个和下一个状态码的链接的名称，供屏幕阅读器使用。
site-neighbours = 上一个和下一个状态码

## 列出所有语言的根页面

# 根页面的标题，以英文显示，后面是语言列表，每种语言用其自身的语言书写。本语言的页面也会使用它。
site-root-heading = 选择语言
