# httpstatus 命令行工具使用的文字。只有该工具会读取此文件。
# 请保留 { $变量 } 原样。Fluent 会根据数字选择复数形式；中文的基数复数类别只有 other
# （https://projectfluent.org/fluent/guide/selectors.html）。

## 所描述状态码的标签：“类别：4xx（客户端错误）”。

cli-label-class = 类别
cli-label-name = 名称
cli-label-aliases = 其他名称
cli-label-phrase = 原因短语
cli-label-lifecycle = 状态
cli-label-references = 定义于
cli-label-locale = 语言
cli-label-cacheable = 默认可缓存
cli-label-no-content = 从不包含内容
cli-yes = 是
cli-no = 否
# 标签后面的类别：“4xx（客户端错误）”。{ $class } 形如 4xx，{ $title } 是类别的名称。使用全角括号。
cli-class-value = { $class }（{ $title }）
# 标签后面的规范引用：“RFC 9110 第 15.5.5 节《HTTP 语义》”。{ $citation } 是引用，
# { $title } 是规范的标题，按中文习惯放在书名号中。
cli-reference-value = { $citation }《{ $title }》
# 显示在 299 等未注册的状态码下方。
cli-unregistered = 不是已注册的状态码：按照 RFC 9110 的要求，根据其所属类别进行描述。
# 显示在注册表中保留的 306 下方。
cli-reserved = 在注册表中保留，已不再使用：按照 RFC 9110 的要求，根据其所属类别进行描述。

## 列出一个类别：“httpstatus 4xx”。{ $class } 是“4xx”，{ $title } 是该类别的名称。

cli-class-heading = { $class } { $title }：{ $count ->
       *[other] { $count } 个已注册的状态码
    }

## 命令行中的错误。{ $input } 是输入的内容。

cli-error-out-of-range = { $input } 不是 HTTP 状态码：状态码的范围是 100 到 599。
cli-error-unknown-name = “{ $input }”既不是状态码，也不是已知的状态名称。
# 名称相近时显示的同一错误。{ $name } 形如 NOT_FOUND。
cli-error-unknown-name-did-you-mean = “{ $input }”既不是状态码，也不是已知的状态名称。你是不是想输入 { $name }？
cli-error-bad-tag = “{ $tag }”不是语言标签；请按 en、ru 或 pt-BR 这样的形式书写。
# { $requested } 是所请求的标签；{ $chosen } 是改用的语言环境，{ $name } 是它的名称。
cli-warning-no-locale = 没有与所请求的“{ $requested }”匹配的语言环境；改用 { $chosen }（{ $name }）。
cli-error-no-folder = { $path } 不是存放语言环境文件夹的文件夹。
cli-error-no-locale = 磁盘上的 { $path } 中没有语言环境文件夹 { $tag }。
cli-error-not-a-tag = “{ $tag }”不是规范形式的语言标签；请按 pt-BR 这样的形式书写。
cli-error-exists = { $path } 中已有文件；如需覆盖，请传入 --force。
# { $error } 是操作系统给出的消息，通常为英文。
cli-error-io = 无法写入 { $path }：{ $error }

## 从磁盘加载语言环境文件夹（--locales-dir）。

cli-disk-warnings = { $path } 中有 { $count ->
       *[other] { $count } 条警告
    }；“httpstatus check”会列出这些警告。

## httpstatus check

# 每个语言环境一行：“ru：已翻译 187/187，缺失 0，过时 0”。
cli-check-locale = { $tag }：已翻译 { $translated }/{ $total }，缺失 { $missing }，过时 { $stale }
# 最后一行：“30 个语言环境中有 0 个错误、2 条警告”。
cli-check-summary = { $locales ->
       *[other] { $locales } 个语言环境
    }中有 { $errors ->
       *[other] { $errors } 个错误
    }、{ $warnings ->
       *[other] { $warnings } 条警告
    }
cli-check-recorded = 已将 { $tag } 当前的英文原文记录到 { $path }。

## httpstatus locales：每个语言环境的状态。

cli-locale-current = 完整，最新
cli-locale-stale = 完整，{ $stale } 条过时
cli-locale-partial = 不完整：缺失 { $missing } 条，过时 { $stale } 条
cli-locale-pseudo = 伪语言环境，由英文生成
cli-locale-from-disk = （来自磁盘）

## httpstatus template

cli-template-wrote = 已写入 { $path }
cli-template-next = 下一步：完成翻译，然后运行“httpstatus check --locales-dir { $path } --update-source { $tag }”。

## httpstatus docs --out-dir：进度，每个文件一行。

cli-docs-written = [{ $done }/{ $total }] 已写入 { $path }
cli-docs-unchanged = [{ $done }/{ $total }] { $path } 未更改

## httpstatus site

# 生成网站之后：“已将 30 种语言的 1985 个文件写入 site/”。{ $files } 是文件数，{ $languages } 是语言数
# （中文的复数类别只有 other），{ $path } 是输出文件夹。
cli-site-written = 已将 { $languages ->
       *[other] { $languages } 种语言
    }的 { $files ->
       *[other] { $files } 个文件
    }写入 { $path }
# 未提供 --base-url 时显示在上一行之后。保留“--base-url”和“sitemap.xml”。
cli-site-no-sitemap = 未生成 sitemap.xml：站点地图需要绝对 URL；如需生成，请传入 --base-url。
# { $url } 是 --base-url 后面给出的内容。
cli-error-base-url = “{ $url }”不是基础 URL：请提供不含查询字符串的 http 或 https 地址，例如 https://example.org/http/。

## httpstatus pages：供反向代理使用的静态错误页面和服务器配置片段。

# 进度，每个语言环境一行：“[3/30] ru：80 个页面”。{ $done } 和 { $total } 是语言环境的计数，
# { $tag } 是语言标签，{ $count } 是页面数（中文的复数类别只有 other）。
cli-pages-locale = [{ $done }/{ $total }] { $tag }：{ $count ->
       *[other] { $count } 个页面
    }
# httpstatus pages 的最后一行：{ $written } 是写入的文件数（只有 other），{ $unchanged } 是保持原样的
# 文件数，{ $path } 是输出文件夹。
cli-pages-done = 已向 { $path } 写入 { $written ->
       *[other] { $written } 个文件
    }，{ $unchanged } 个未更改。
# 先前向同一文件夹的某次运行写入了本次运行不再写入的页面（或服务器配置文件）时（因为请求的状态码、
# 语言环境或格式变少了），在最后一行之前显示。{ $count } 是删除的文件数（只有 other）。
cli-pages-removed = { $count ->
       *[other] 已删除先前运行写入、本次运行不再写入的 { $count } 个文件。
    }
# 每写入一个服务器配置文件显示一行，提示运维人员包含该文件。{ $path } 是该文件。
cli-pages-snippet = 请包含此文件：{ $path }
# --locales 中给出的 { $tag } 在目录中没有对应的语言环境。保留“httpstatus locales”。
cli-error-pages-locale = 没有与“{ $tag }”匹配的语言环境；“httpstatus locales”会列出所有语言环境。
# --codes 的值既不是错误码，也不是 4xx 或 5xx。保留 400、599、4xx 和 5xx。
cli-error-pages-code = “{ $input }”不是错误码：请提供 400 到 599 之间的状态码，或者 4xx、5xx。
# --format 的值既不是 html 也不是 json。保留 html 和 json。
cli-error-pages-format = “{ $input }”不是页面格式：请提供 html、json，或同时提供两者。
# 服务器配置中要写入的文件夹 { $path } 含有配置文件无法容纳的字符，或者不是绝对路径。保留 --install-dir。
cli-error-pages-install-dir = { $path } 无法用在服务器配置中：请通过 --install-dir 提供不含引号、花括号、分号或美元符号的绝对路径。

## httpstatus serve：错误页面服务器。

# httpstatus serve 的启动行，输出到 stderr。{ $address } 形如 127.0.0.1:8080；脚本会读取
# “http://{ $address }”，请保持其完整，前后留空格。{ $locales } 是语言数。
cli-serve-listening = 正在 http://{ $address } 上以 { $locales } 种语言提供错误页面；/healthz 会响应健康检查。
# 收到 SIGTERM 或 Ctrl-C 之后。
cli-serve-stopping = 正在停止：先处理完进行中的请求。
# --listen 后面给出的 { $address } 不是地址。保留示例地址及其数字。
cli-error-serve-listen = “{ $address }”不是可监听的地址；请按 127.0.0.1:8080 或 [::1]:8080 这样的形式书写。
# 无法在 { $address } 上监听；{ $error } 是操作系统给出的消息，通常为英文。
cli-error-serve-bind = 无法监听 { $address }：{ $error }
