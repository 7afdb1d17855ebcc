# 網頁應用程式向使用者顯示的 HTML 錯誤頁面上的文字。

# 狀態碼與原因片語前面的標籤：「HTTP 狀態：404 Not Found」。
page-status-label = HTTP 狀態
# 返回網站首頁的連結。
page-home-link = 前往首頁
