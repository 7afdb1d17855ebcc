# 「httpstatus site」產生的參考網站上的文字：每種語言一個索引頁（附目錄的狀態碼表格），每個狀態碼一個頁面，
# 以及列出所有語言的根頁面。只有工具會讀取此檔案。請保留 { $變數 } 原樣。列舉名稱（NOT_FOUND）、
# 原因片語、標頭名稱（Location）和訊息交換範例一律不翻譯，也不在此檔案中。

## 每個頁面

# 每個頁面頂端開啟語言清單的按鈕（清單中每種語言以該語言本身書寫）。
site-languages = 語言
# 供鍵盤使用者使用的連結，位於每個頁面的最前面，只有取得焦點時才會顯示；它會略過頁首和語言清單。
site-skip = 跳到主要內容
# 顯示在瀏覽器分頁和搜尋結果中的頁面標題。{ $page } 是頁面本身的標題（「404 找不到」），
# { $site } 是網站名稱（「HTTP 狀態碼」）。依台灣網站的常見做法以直線分隔。
site-page-title = { $page } | { $site }
# 每個頁面的最後一行。
site-footer = 由 http-status-catalog 的語系檔產生。列舉名稱、原因片語和訊息交換範例皆依 HTTP 中的原樣保留。

## 每種語言的索引頁：依類別分組的狀態碼表格

# 目錄的標題，目錄列出五個類別。
site-contents = 目錄
# 目錄中類別後面的數量：{ $count } 是該類別中狀態碼的數量（中文的複數類別只有 other）。
site-class-count = { $count ->
       *[other] { $count } 個狀態碼
    }

## 單一狀態碼的頁面

# 頁面頂端返回索引頁的連結。
site-all-codes = 所有狀態碼
# 一個方塊的標題，方塊中是錯誤頁面向非開發者訪客說明的內容以及建議的動作（僅限用戶端錯誤和伺服器錯誤）。
# 技術說明位於方塊之後。
site-visitor = 向訪客說明的內容
# 狀態碼資訊清單中的標籤，每個標籤後面接著其值。
site-label-class = 類別
# 狀態碼所處的階段：標準、實驗性、已淘汰等。
site-label-lifecycle = 狀態
site-label-name = 列舉名稱
# 狀態碼在早期規格或程式庫中的名稱（REQUEST_ENTITY_TOO_LARGE）。
site-label-aliases = 舊名稱
# 回應狀態列中接在狀態碼後面的英文文字（「Not Found」）。
site-label-phrase = 原因片語
# 定義該狀態碼的規格章節，每項皆附有連結。
site-label-references = 定義於
site-label-caching = 快取
site-label-content = 內容
# 不需明確指示、快取即可儲存的狀態碼的「快取」值（RFC 9110 稱之為 heuristically cacheable，即可啟發式快取）。
site-cacheable-yes = 預設可快取：即使回應標頭未對新鮮度做任何說明，快取仍可儲存此回應並重複使用。
# 其他狀態碼的「快取」值。
site-cacheable-no = 預設不可快取：只有在回應標頭允許時，快取才會儲存此回應。
# 回應一律不含內容的狀態碼（1xx、204、205、304）的「內容」值。
site-no-content-yes = 一律不含內容：回應在標頭之後即結束。
# 其他狀態碼的「內容」值。
site-no-content-no = 可能包含內容，例如說明此狀態的頁面。
# 一個請求及其回應的範例上方的標題。
site-example = 訊息交換範例
# 顯示在範例下方。
site-example-note = 先是一個請求，接著是回應的狀態列，以及與此狀態碼相關的回應標頭。訊息內容已省略。
# 頁面結尾指向上一個與下一個狀態碼的連結的名稱，供螢幕閱讀器使用。
site-neighbours = 上一個與下一個狀態碼

## 列出所有語言的根頁面

# 根頁面的標題，以英文顯示，後面接著語言清單，每種語言以該語言本身書寫。本語言的頁面也會使用它。
site-root-heading = 選擇語言
