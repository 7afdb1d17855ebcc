# 定義狀態碼的規格的標題，以及引用這些規格時使用的詞語
# （「RFC 9110 第 15.5.5 節（實驗性）」）。
# RFC 編號與章節編號由程式加上：不要寫在這裡。

spec-rfc9110 = HTTP 語意
spec-rfc2518 = 用於分散式製作的 HTTP 擴充（WebDAV）
spec-rfc4918 = 用於網頁分散式製作與版本控制的 HTTP 擴充（WebDAV）
spec-rfc5842 = WebDAV 的繫結擴充
spec-rfc3229 = HTTP 中的差異編碼
spec-rfc8297 = 用於指示提示的 HTTP 狀態碼
spec-rfc8470 = 在 HTTP 中使用早期資料
spec-rfc6585 = 額外的 HTTP 狀態碼
spec-rfc7725 = 用於回報法律障礙的 HTTP 狀態碼
spec-rfc2295 = HTTP 中的透明內容協商
spec-rfc2774 = HTTP 擴充框架
spec-rfc2324 = 超文字咖啡壺控制協定（HTCPCP/1.0）
spec-draft-resumable-upload = HTTP 可續傳上傳（網際網路草案）

# 引用規格章節的寫法：「RFC 9110 第 15.5.5 節」。$spec 是規格（「RFC 9110」），
# $section 是章節編號；兩個變數都必須保留，且各只出現一次。
spec-citation = { $spec } 第 { $section } 節
# 實驗性（Experimental）RFC 的引用：「RFC 5842 第 7.1 節（實驗性）」。{ $citation } 是上面的引用，
# 只使用一次。括號用全形，前面不加空格。
spec-citation-experimental = { $citation }（實驗性）

# 狀態碼在其生命週期中所處的階段。
lifecycle-standard = 標準
lifecycle-experimental = 實驗性
lifecycle-provisional = 暫定
lifecycle-deprecated = 已淘汰
lifecycle-obsoleted = 已廢止
lifecycle-reserved = 保留
