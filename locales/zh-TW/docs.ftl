# 將狀態碼表格轉譯為文件時使用的詞語。

docs-caption = HTTP 狀態碼
docs-intro = IANA HTTP 狀態碼登錄表中的每一個狀態碼，以及定義它的規格。

# 狀態碼表格的欄標題。
docs-column-code = 狀態碼
docs-column-name = 列舉名稱
docs-column-details = 詳細資料
docs-column-phrase = 原因片語
docs-column-title = 標題
docs-column-description = 說明
docs-column-class = 類別
docs-column-lifecycle = 狀態
docs-column-aliases = 其他名稱

# 轉譯後的表格結尾的一段附註，說明表格的來源。
docs-generated = 由狀態碼目錄的語系檔透過「httpstatus docs」產生。請勿手動編輯。
