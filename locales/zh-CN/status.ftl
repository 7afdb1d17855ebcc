# 所有已注册 HTTP 状态码面向用户的标题和描述。
# 在网络上传输的原因短语位于 wire.ftl 中；这里的标题与它们只能在形式上有所不同。

## 1xx 信息响应

status-100-title = 继续
status-100-description = 服务器已收到请求的开头部分，客户端应继续发送其余部分。它通常用于答复这样的请求：该请求通过 Expect 头询问服务器在内容发送之前是否会接受它。
status-101-title = 切换协议
status-101-description = 服务器同意客户端的 Upgrade 请求，正在将连接切换到另一种协议，例如 WebSocket。在此响应之后，该连接上的所有内容都使用新协议。
status-102-title = 处理中
status-102-description = 一种中间响应，曾用于告知客户端：服务器已接受一个耗时较长的 WebDAV 请求，并且仍在处理。它已被弃用：后来的 WebDAV 规范删除了它，因此客户端不应依赖它。
status-103-title = 早期提示
status-103-description = 在最终响应之前发送的中间响应，通常带有 Link 头，以便客户端在服务器准备答复的同时开始预加载资源。它是实验性的，不使用这些提示的客户端可以直接忽略它。
status-104-title = 支持上传续传
status-104-description = 一种中间响应，服务器借此表明它支持可续传上传，并告知上传内容所在的位置，从而让中断的上传可以继续，而不必从头开始。它是为“HTTP 可续传上传”草案所做的暂定注册，可能会变更或失效。

## 2xx 成功

status-200-title = OK
status-200-description = 请求成功。响应携带的内容取决于请求方法：对于 GET 是所请求的资源，对于 POST 通常是操作的结果。
status-201-title = 已创建
status-201-description = 请求成功，并创建了一个或多个新资源。主要的新资源通常由响应的 Location 头标识。
status-202-title = 已接受
status-202-description = 请求已被接受处理，但处理尚未完成，仍有可能失败。这常见于排队任务或后台任务；响应通常会说明在哪里查看进度。
status-203-title = 非权威信息
status-203-description = 请求成功，但内容已被一个转换代理修改，因此与源服务器发送的内容并不完全相同。
status-204-title = 无内容
status-204-description = 请求成功，但没有需要返回的内容。浏览器会停留在当前页面，API 客户端不应期待响应体。
status-205-title = 重置内容
status-205-description = 请求成功，客户端应重置发出该请求的视图，例如清空表单以便输入新内容。响应没有内容。
status-206-title = 部分内容
status-206-description = 服务器只发送客户端通过 Range 头请求的那部分资源。断点续传下载以及媒体播放器跳转到文件中的某个位置，都是这样实现的。
status-207-title = 多状态
status-207-description = 一种 WebDAV 响应，在 XML 响应体中分别报告多个资源或操作各自的状态。应逐一检查响应体中的每个状态，而不是只看整体状态码。
status-208-title = 已报告
status-208-description = 用在 WebDAV 多状态响应内部，表示某个集合的成员已在同一响应的前面列出，不再重复列出。这样可以避免一个可通过多个绑定访问的资源被多次列出。
status-226-title = 已使用 IM
status-226-description = 服务器已完成 GET 请求，响应是对资源的当前版本应用一个或多个实例操作（例如增量）后得到的结果。它属于 HTTP 的增量编码扩展。

## 3xx 重定向

status-300-title = 多种选择
status-300-description = 该资源有多种表示形式，每种都有自己的地址，用户或客户端应从中选择一种。服务器可以在 Location 头中指明它首选的那一种。
status-301-title = 永久移动
status-301-description = 该资源已永久移动到 Location 头给出的地址，链接和书签应更新为该地址。跟随重定向时，客户端可能会把 POST 改为 GET；308 是保持请求方法不变的对应状态码。
status-302-title = 已找到
status-302-description = 该资源暂时位于 Location 头给出的地址，今后的请求仍应使用原地址。跟随重定向时，客户端可能会把 POST 改为 GET；307 是保持请求方法不变的对应状态码。
status-303-title = 查看其他
status-303-description = 服务器将客户端引导到 Location 头给出的另一个资源，应使用 GET 获取该资源。它常用于提交表单之后显示结果页面。
status-304-title = 未修改
status-304-description = 条件请求发现，自客户端已有的版本以来该资源没有变化，因此客户端可以使用其缓存的副本。响应没有内容。
status-305-title = 使用代理
status-305-description = 曾用于告知客户端通过 Location 头中指定的代理重新发送请求。出于安全原因它已被弃用，因为它让服务器可以使客户端的流量经过任意代理，当前的客户端不会照此执行。
status-307-title = 临时重定向
status-307-description = 该资源暂时位于 Location 头给出的地址，客户端必须以相同的方法和内容向该地址重新发送请求。今后的请求仍应发往原地址。
status-308-title = 永久重定向
status-308-description = 该资源已永久移动到 Location 头给出的地址，客户端必须以相同的方法和内容向该地址重新发送请求。今后的请求应使用新地址。

## 4xx 客户端错误

status-400-title = 错误请求
status-400-description = 服务器认为存在客户端错误（例如语法格式错误或消息无效），因此无法或不愿处理该请求。请先修正请求，再重新发送。
status-401-title = 未经身份验证
status-401-description = 该请求缺少访问此资源的有效凭据。响应的 WWW-Authenticate 头说明了如何进行身份验证；请登录或提供凭据，然后重试。
status-402-title = 需要付款
status-402-description = 保留供将来使用，HTTP 并未定义其含义。一些服务非正式地用它表示需要付款或订阅。
status-403-title = 禁止访问
status-403-description = 服务器理解该请求，但拒绝执行。与 401 不同，用相同的凭据重新登录也无济于事：客户端没有访问此资源的权限。
status-404-title = 未找到
status-404-description = 服务器在此地址上没有任何内容，或者不想透露这里有内容。请检查地址是否有输入错误；该页面可能已被移动或删除。
status-405-title = 方法不允许
status-405-description = 资源存在，但不接受该请求方法，例如向只读页面发送 POST。响应的 Allow 头列出了它接受的方法。
status-406-title = 不可接受
status-406-description = 客户端在 Accept 系列头中声明了可接受的条件（例如媒体类型或语言），服务器没有与之相符的资源版本，也不会改为发送默认版本。
status-407-title = 需要代理身份验证
status-407-description = 与 401 类似，但客户端必须先向位于它与服务器之间的代理进行身份验证。响应的 Proxy-Authenticate 头说明了验证方式。
status-408-title = 请求超时
status-408-description = 服务器在它愿意等待的时间内没有收到完整的请求，正在关闭连接。客户端可以通过新的连接重新发送请求。
status-409-title = 冲突
status-409-description = 该请求与资源的当前状态冲突，例如基于过时版本所做的编辑。请解决冲突（通常是先获取最新版本），然后重试。
status-410-title = 已删除
status-410-description = 该资源曾经在这里，但已被有意删除，并且不会再回来；也没有已知的新地址。指向它的链接应当删除。
status-411-title = 需要长度
status-411-description = 由于请求没有 Content-Length 头，服务器拒绝了该请求。请附上内容长度后重新发送。
status-412-title = 前提条件失败
status-412-description = 请求头中的某个条件（例如 If-Match 或 If-Unmodified-Since）在服务器上被判定为不成立。它通常用于防止覆盖在此期间已被他人修改的资源。
status-413-title = 内容过大
status-413-description = 请求内容超出了服务器愿意或能够处理的大小。请减少发送的数据；如果该限制只是暂时的，Retry-After 头可能会说明何时可以重试。
status-414-title = URI 过长
status-414-description = 所请求的地址超出了服务器愿意解析的长度。这通常是因为在查询字符串中放入了过多数据；应改为在请求体中发送这类数据。
status-415-title = 不支持的媒体类型
status-415-description = 请求内容所用的格式或编码不受该资源在此方法下的支持，因此服务器拒绝了该请求。请检查 Content-Type 和 Content-Encoding 头。
status-416-title = 范围无法满足
status-416-description = Range 头中请求的范围都无法提供，例如因为它们的起点超出了资源的末尾。响应通常会在 Content-Range 头中给出资源的当前长度。
status-417-title = 预期失败
status-417-description = 服务器无法满足请求的 Expect 头中所声明的预期。客户端可以去掉该头后重新发送请求。
status-418-title = 我是茶壶
status-418-description = 在 HTTP 中保留且未使用。它源自超文本咖啡壶控制协议，那是一个愚人节玩笑，其中的茶壶拒绝煮咖啡；一些服务器至今仍把它当作彩蛋发送。
status-421-title = 错误定向的请求
status-421-description = 请求到达了一台无法为其地址生成响应的服务器，例如因为复用的连接通向了一台未针对该主机名进行配置的服务器。客户端可以通过另一个连接重试。
status-422-title = 无法处理的内容
status-422-description = 服务器理解内容类型，语法也正确，但无法按照内容所表达的意思执行，例如因为数据未通过校验。请修正数据后再重试。
status-423-title = 已锁定
status-423-description = 该 WebDAV 资源已被锁定，因此无法对其应用该方法。请等待锁被释放；如果你持有该锁，请发送锁令牌。
status-424-title = 依赖失败
status-424-description = 无法对该资源执行该方法，因为它所依赖的另一个操作失败了。例如在 WebDAV 中，一组更改中的某一项失败时，其余更改也会因此不被应用。
status-425-title = 过早
status-425-description = 服务器不会处理以 TLS 早期数据形式发送的请求，因为这类数据可能被攻击者重放。客户端应在握手完成后重新发送请求。
status-426-title = 需要升级
status-426-description = 服务器拒绝通过当前协议处理该请求，但在客户端切换到另一种协议后可能会处理。响应的 Upgrade 头列出了它要求的协议。
status-428-title = 需要前提条件
status-428-description = 服务器要求该请求是条件请求，例如携带 If-Match 头，以免不同客户端所做的更改相互覆盖。请获取当前版本，然后附带条件重新发送请求。
status-429-title = 请求过多
status-429-description = 客户端在给定时间内发送了过多请求，正在被限流。请放慢速度；Retry-After 头可能会说明需要等待多久。
status-431-title = 请求头字段过大
status-431-description = 请求的头字段过大（无论是单个字段还是全部字段加起来），因此服务器不会处理该请求。请减小请求头，例如清除该网站的 Cookie，然后重试。
status-451-title = 因法律原因不可用
status-451-description = 由于法律要求（例如法院命令或政府审查），服务器拒绝访问该资源。响应应说明这项要求是什么以及由谁提出。

## 5xx 服务器错误

status-500-title = 服务器内部错误
status-500-description = 服务器遇到了意外情况，导致无法完成请求。故障出在服务器一方；请稍后重试，如果问题仍然存在，请联系该网站的管理员。
status-501-title = 未实现
status-501-description = 服务器不支持完成该请求所需的功能，通常是因为它根本无法识别该请求方法。与 405 不同，这适用于整个服务器，而不只是某一个资源。
status-502-title = 网关错误
status-502-description = 充当网关或代理的服务器从它所联系的上游服务器收到了无效的响应。问题出在服务器之间，稍后重试可能会有帮助。
status-503-title = 服务不可用
status-503-description = 服务器目前无法处理该请求，通常是因为过载或正在停机维护。请稍后重试；Retry-After 头可能会说明何时可以重试。
status-504-title = 网关超时
status-504-description = 充当网关或代理的服务器没有及时从它需要访问的上游服务器获得响应。稍后重试可能会有帮助。
status-505-title = 不支持的 HTTP 版本
status-505-description = 服务器不支持或拒绝支持请求所使用的 HTTP 主版本。客户端应使用该协议的其他版本重试。
status-506-title = 变体也在协商
status-506-description = 服务器的透明内容协商配置有误：它选中的变体本身也被设置为进行协商，这将永远无法结束。它来自一份实验性规范，很少见到。
status-507-title = 存储空间不足
status-507-description = 服务器无法存储完成请求所需的内容，例如因为磁盘已满或配额已用完。在 WebDAV 中，这种情况被视为暂时性的。
status-508-title = 检测到循环
status-508-description = 服务器在处理一个深度为无限的 WebDAV 请求时发现了无限循环，因此停止了操作。整个操作都失败了。
status-510-title = 未扩展
status-510-description = 请求没有包含服务器根据 HTTP 扩展框架所要求的扩展声明。它已被废止：该框架已被归入“历史”状态，不应再使用此状态码。
status-511-title = 需要网络身份验证
status-511-description = 客户端必须登录才能获得网络访问权限，典型场景是公共 Wi-Fi 上的强制门户；该响应来自网络，而不是所请求的网站。请打开一个网页，然后登录或接受该网络的条款。
