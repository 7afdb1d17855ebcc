# 本語言的名稱，以本語言書寫。
locale-name = 中文（台灣）

# httpstatus 命令列工具輸出的標籤。
cli-label-code = 狀態碼
cli-label-name = 名稱
cli-label-aliases = 其他名稱
cli-label-phrase = 原因片語
cli-label-title = 標題
cli-label-description = 說明
cli-label-class = 類別
cli-label-lifecycle = 狀態
cli-label-references = 定義於
cli-label-locale = 語言
cli-label-cacheable = 預設可快取
cli-label-no-content = 一律不含內容
cli-yes = 是
cli-no = 否
cli-unregistered = 不是已註冊的狀態碼：依照 RFC 9110 的要求，根據其所屬類別加以說明。
