# 網頁應用程式向使用者顯示的 HTML 錯誤頁面上的文字。

# 狀態碼與原因片語前面的標籤：「HTTP 狀態：404 Not Found」。
page-status-label = HTTP 狀態
# 返回網站首頁的連結。
page-home-link = 前往首頁
# 重新載入頁面的按鈕，用於可能自行消失的錯誤（408、425、429 和伺服器錯誤）。
page-try-again = 再試一次
# 包含狀態碼、請求 ID 和技術說明的小區塊的標題。
page-technical-details = 技術細節
# 請求識別碼的標籤，支援人員用它在記錄檔中找出該請求。
page-request-id = 請求 ID
# 訪客所請求網址（路徑與查詢字串）的標籤，其值由網站前方的反向代理伺服器提供（X-Original-URI），
# 依傳送時的原樣由左至右顯示。
page-original-uri = 請求的網址
# 頁面接受的方法的標籤，取自回應的 Allow 標頭（405）。
page-allowed-methods = 允許的方法
# 網站告知何時可以再試時（Retry-After 標頭）：秒數、分鐘數或小時數。
# 中文沒有複數形式，直接使用單位即可。{ $count } 恰好使用一次。
page-retry-seconds = 您可以在 { $count } 秒後再試一次。
page-retry-minutes = 您可以在 { $count } 分鐘後再試一次。
page-retry-hours = 您可以在 { $count } 小時後再試一次。
