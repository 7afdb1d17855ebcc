# httpstatus 命令列工具使用的文字。只有該工具會讀取此檔案。
# 請保留 { $變數 } 原樣。Fluent 會依數字選擇複數形式；中文的基數複數類別只有 other
# （https://projectfluent.org/fluent/guide/selectors.html）。

## 所說明狀態碼的標籤：「類別：4xx（用戶端錯誤）」。

cli-label-class = 類別
cli-label-name = 名稱
cli-label-aliases = 其他名稱
cli-label-phrase = 原因片語
cli-label-lifecycle = 狀態
cli-label-references = 定義於
cli-label-locale = 語言
cli-label-cacheable = 預設可快取
cli-label-no-content = 一律不含內容
cli-yes = 是
cli-no = 否
# 標籤後面的類別：「4xx（用戶端錯誤）」。{ $class } 的形式如 4xx，{ $title } 是類別的名稱。使用全形括號。
cli-class-value = { $class }（{ $title }）
# 標籤後面的規格參照：「RFC 9110 第 15.5.5 節《HTTP 語意》」。{ $citation } 是引用，
# { $title } 是規格的標題，依中文習慣放在書名號中。
cli-reference-value = { $citation }《{ $title }》
# 顯示在 299 等未註冊的狀態碼下方。
cli-unregistered = 不是已註冊的狀態碼：依照 RFC 9110 的要求，根據其所屬類別加以說明。
# 顯示在登錄表中保留的 306 下方。
cli-reserved = 在登錄表中保留，已不再使用：依照 RFC 9110 的要求，根據其所屬類別加以說明。

## 列出一個類別：「httpstatus 4xx」。{ $class } 是「4xx」，{ $title } 是該類別的名稱。

cli-class-heading = { $class } { $title }：{ $count ->
       *[other] { $count } 個已註冊的狀態碼
    }

## 命令列中的錯誤。{ $input } 是輸入的內容。

cli-error-out-of-range = { $input } 不是 HTTP 狀態碼：狀態碼的範圍是 100 到 599。
cli-error-unknown-name = 「{ $input }」既不是狀態碼，也不是已知的狀態名稱。
# 名稱相近時顯示的同一則錯誤。{ $name } 的形式如 NOT_FOUND。
cli-error-unknown-name-did-you-mean = 「{ $input }」既不是狀態碼，也不是已知的狀態名稱。你是不是要輸入 { $name }？
cli-error-bad-tag = 「{ $tag }」不是語言標籤；請以 en、ru 或 pt-BR 這樣的形式書寫。
# { $requested } 是所請求的標籤；{ $chosen } 是改用的語系，{ $name } 是它的名稱。
cli-warning-no-locale = 沒有符合所請求「{ $requested }」的語系；改用 { $chosen }（{ $name }）。
cli-error-no-folder = { $path } 不是存放語系資料夾的資料夾。
cli-error-no-locale = 磁碟上的 { $path } 中沒有語系資料夾 { $tag }。
cli-error-not-a-tag = 「{ $tag }」不是標準形式的語言標籤；請以 pt-BR 這樣的形式書寫。
cli-error-exists = { $path } 中已有檔案；若要覆寫，請加上 --force。
# { $error } 是作業系統提供的訊息，通常為英文。
cli-error-io = 無法寫入 { $path }：{ $error }

## 從磁碟載入語系資料夾（--locales-dir）。

cli-disk-warnings = { $path } 中有 { $count ->
       *[other] { $count } 則警告
    }；「httpstatus check」會列出這些警告。

## httpstatus check

# 每個語系一行：「ru：已翻譯 187/187，缺少 0，過時 0」。
cli-check-locale = { $tag }：已翻譯 { $translated }/{ $total }，缺少 { $missing }，過時 { $stale }
# 最後一行：「30 個語系中有 0 個錯誤、2 則警告」。
cli-check-summary = { $locales ->
       *[other] { $locales } 個語系
    }中有 { $errors ->
       *[other] { $errors } 個錯誤
    }、{ $warnings ->
       *[other] { $warnings } 則警告
    }
cli-check-recorded = 已將 { $tag } 目前的英文原文記錄到 { $path }。

## httpstatus locales：每個語系的狀態。

cli-locale-current = 完整，最新
cli-locale-stale = 完整，{ $stale } 則過時
cli-locale-partial = 不完整：缺少 { $missing } 則，過時 { $stale } 則
cli-locale-pseudo = 虛擬語系，由英文產生
cli-locale-from-disk = （來自磁碟）

## httpstatus template

cli-template-wrote = 已寫入 { $path }
cli-template-next = 下一步：完成翻譯後，執行「httpstatus check --locales-dir { $path } --update-source { $tag }」。

## httpstatus docs --out-dir：進度，每個檔案一行。

cli-docs-written = [{ $done }/{ $total }] 已寫入 { $path }
cli-docs-unchanged = [{ $done }/{ $total }] { $path } 未變更

## httpstatus site

# 產生網站之後：「已將 30 種語言的 1985 個檔案寫入 site/」。{ $files } 是檔案數，{ $languages } 是語言數
# （中文的複數類別只有 other），{ $path } 是輸出資料夾。
cli-site-written = 已將 { $languages ->
       *[other] { $languages } 種語言
    }的 { $files ->
       *[other] { $files } 個檔案
    }寫入 { $path }
# 未提供 --base-url 時顯示在上一行之後。保留「--base-url」和「sitemap.xml」。
cli-site-no-sitemap = 未產生 sitemap.xml：網站地圖需要絕對網址；若要產生，請加上 --base-url。
# { $url } 是 --base-url 後面提供的內容。
cli-error-base-url = 「{ $url }」不是基底 URL：請提供不含查詢字串的 http 或 https 網址，例如 https://example.org/http/。

## httpstatus pages：供反向代理伺服器使用的靜態錯誤頁面與伺服器設定片段。

# 進度，每個語系一行：「[3/30] ru：80 個頁面」。{ $done } 與 { $total } 是語系的計數，
# { $tag } 是語言標籤，{ $count } 是頁面數（中文的複數類別只有 other）。
cli-pages-locale = [{ $done }/{ $total }] { $tag }：{ $count ->
       *[other] { $count } 個頁面
    }
# httpstatus pages 的最後一行：{ $written } 是寫入的檔案數（只有 other），{ $unchanged } 是維持原樣的
# 檔案數，{ $path } 是輸出資料夾。
cli-pages-done = 已將 { $written ->
       *[other] { $written } 個檔案
    }寫入 { $path }，{ $unchanged } 個未變更。
# 先前對同一資料夾的某次執行寫入了本次執行不再寫入的頁面（或伺服器設定檔）時（因為要求的狀態碼、
# 語系或格式變少了），在最後一行之前顯示。{ $count } 是刪除的檔案數（只有 other）。
cli-pages-removed = { $count ->
       *[other] 已刪除先前執行所寫入、本次執行不再寫入的 { $count } 個檔案。
    }
# 每寫入一個伺服器設定檔顯示一行，提醒維運人員引入該檔案。{ $path } 是該檔案。
cli-pages-snippet = 請引入此檔案：{ $path }
# --locales 中提供的 { $tag } 在目錄中沒有對應的語系。保留「httpstatus locales」。
cli-error-pages-locale = 沒有符合「{ $tag }」的語系；「httpstatus locales」會列出所有語系。
# --codes 的值既不是錯誤碼，也不是 4xx 或 5xx。保留 400、599、4xx 與 5xx。
cli-error-pages-code = 「{ $input }」不是錯誤碼：請提供 400 到 599 之間的狀態碼，或是 4xx、5xx。
# --format 的值既不是 html 也不是 json。保留 html 與 json。
cli-error-pages-format = 「{ $input }」不是頁面格式：請提供 html、json，或同時提供兩者。
# 伺服器設定中要寫入的資料夾 { $path } 含有設定檔無法容納的字元，或不是絕對路徑。保留 --install-dir。
cli-error-pages-install-dir = { $path } 無法用於伺服器設定：請以 --install-dir 提供不含引號、大括號、分號或錢字號的絕對路徑。

## httpstatus serve：錯誤頁面伺服器。

# httpstatus serve 的啟動行，輸出到 stderr。{ $address } 的形式如 127.0.0.1:8080；指令碼會讀取
# 「http://{ $address }」，請保持完整，前後留空格。{ $locales } 是語言數。
cli-serve-listening = 正在 http://{ $address } 以 { $locales } 種語言提供錯誤頁面；/healthz 會回應健康檢查。
# 收到 SIGTERM 或 Ctrl-C 之後。
cli-serve-stopping = 正在停止：先處理完進行中的請求。
# --listen 後面提供的 { $address } 不是位址。保留範例位址及其數字。
cli-error-serve-listen = 「{ $address }」不是可監聽的位址；請以 127.0.0.1:8080 或 [::1]:8080 這樣的形式書寫。
# 無法在 { $address } 上監聽；{ $error } 是作業系統提供的訊息，通常為英文。
cli-error-serve-bind = 無法監聽 { $address }：{ $error }
