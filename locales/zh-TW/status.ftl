# 所有已註冊 HTTP 狀態碼供使用者閱讀的標題與說明。
# 在網路上傳輸的原因片語位於 wire.ftl；這裡的標題與它們只能在形式上有所不同。

## 1xx 資訊回應

status-100-title = 繼續
status-100-description = 伺服器已收到請求的開頭部分，用戶端應繼續傳送其餘部分。它通常用來回覆這類請求：該請求透過 Expect 標頭詢問伺服器在內容傳送之前是否會接受它。
status-101-title = 切換協定
status-101-description = 伺服器同意用戶端的 Upgrade 請求，正在將連線切換到另一種協定，例如 WebSocket。在此回應之後，該連線上的所有內容都使用新協定。
status-102-title = 處理中
status-102-description = 一種中間回應，過去用來告知用戶端：伺服器已接受一個耗時較長的 WebDAV 請求，而且仍在處理。它已被淘汰：後來的 WebDAV 規格移除了它，因此用戶端不應依賴它。
status-103-title = 早期提示
status-103-description = 在最終回應之前送出的中間回應，通常帶有 Link 標頭，讓用戶端能在伺服器準備回覆的同時開始預先載入資源。它是實驗性的，不使用這些提示的用戶端可以直接忽略它。
status-104-title = 支援上傳續傳
status-104-description = 一種中間回應，伺服器藉此表示它支援可續傳上傳，並告知上傳內容所在的位置，讓中斷的上傳可以接續進行，而不必從頭開始。它是為「HTTP 可續傳上傳」草案所做的暫定註冊，可能會變更或失效。

## 2xx 成功

status-200-title = OK
status-200-description = 請求成功。回應所帶的內容取決於請求方法：若是 GET，就是所請求的資源；若是 POST，通常是該動作的結果。
status-201-title = 已建立
status-201-description = 請求成功，並建立了一個或多個新資源。主要的新資源通常由回應的 Location 標頭指出。
status-202-title = 已接受
status-202-description = 請求已被接受處理，但處理尚未完成，仍有可能失敗。這常見於排入佇列或在背景執行的工作；回應通常會說明可在哪裡查詢進度。
status-203-title = 非權威資訊
status-203-description = 請求成功，但內容已被一個轉換用的代理伺服器修改，因此與來源伺服器送出的內容並不完全相同。
status-204-title = 無內容
status-204-description = 請求成功，但沒有需要傳回的內容。瀏覽器會停留在目前的頁面，API 用戶端不應預期會有回應主體。
status-205-title = 重設內容
status-205-description = 請求成功，用戶端應重設送出該請求的畫面，例如清空表單，以便輸入新的內容。回應沒有內容。
status-206-title = 部分內容
status-206-description = 伺服器只傳送用戶端透過 Range 標頭所要求的那部分資源。續傳下載以及媒體播放器跳到檔案中的某個位置，都是這樣做到的。
status-207-title = 多重狀態
status-207-description = 一種 WebDAV 回應，在 XML 主體中分別回報多個資源或操作各自的狀態。應逐一檢查主體中的每個狀態，而不是只看整體的狀態碼。
status-208-title = 已回報
status-208-description = 用在 WebDAV 多重狀態回應之中，表示某個集合的成員已在同一回應的前面列出，不再重複列出。這可避免一個可透過多個繫結存取的資源被列出許多次。
status-226-title = 已使用 IM
status-226-description = 伺服器已完成 GET 請求，回應是對資源的目前版本套用一個或多個執行個體操作（例如差異）後所得的結果。它屬於 HTTP 的差異編碼擴充。

## 3xx 重新導向

status-300-title = 多重選擇
status-300-description = 該資源有多種表示形式，各有自己的網址，使用者或用戶端應從中選擇一種。伺服器可以在 Location 標頭中指出它偏好的選擇。
status-301-title = 永久移動
status-301-description = 該資源已永久移到 Location 標頭所提供的網址，連結與書籤都應更新為該網址。依循重新導向時，用戶端可能會把 POST 改為 GET；308 則是保留請求方法不變的對應狀態碼。
status-302-title = 已找到
status-302-description = 該資源暫時位於 Location 標頭所提供的網址，日後的請求仍應使用原本的網址。依循重新導向時，用戶端可能會把 POST 改為 GET；307 則是保留請求方法不變的對應狀態碼。
status-303-title = 參閱其他
status-303-description = 伺服器將用戶端引導到 Location 標頭所提供的另一個資源，應使用 GET 取得該資源。它常用於送出表單之後顯示結果頁面。
status-304-title = 未修改
status-304-description = 條件式請求發現，自用戶端已有的版本以來，該資源沒有任何變更，因此用戶端可以使用其快取中的副本。回應沒有內容。
status-305-title = 使用代理伺服器
status-305-description = 過去用來告知用戶端透過 Location 標頭中指定的代理伺服器重新傳送請求。基於安全考量它已被淘汰，因為它讓伺服器能使用戶端的流量經過任何代理伺服器，目前的用戶端都不會照做。
status-307-title = 暫時重新導向
status-307-description = 該資源暫時位於 Location 標頭所提供的網址，用戶端必須以相同的方法和內容向該網址重新傳送請求。日後的請求仍應送往原本的網址。
status-308-title = 永久重新導向
status-308-description = 該資源已永久移到 Location 標頭所提供的網址，用戶端必須以相同的方法和內容向該網址重新傳送請求。日後的請求應使用新的網址。

## 4xx 用戶端錯誤

status-400-title = 錯誤的請求
status-400-description = 伺服器認為有用戶端錯誤（例如語法格式錯誤或訊息無效），因此無法或不願處理該請求。請先修正請求，再重新傳送。
status-401-title = 未經身分驗證
status-401-description = 該請求缺少存取此資源所需的有效憑證。回應的 WWW-Authenticate 標頭說明了驗證身分的方式；請登入或提供憑證後再試一次。
status-402-title = 需要付款
status-402-description = 保留供日後使用，HTTP 並未定義其意義。有些服務會非正式地用它表示需要付款或訂閱。
status-403-title = 禁止存取
status-403-description = 伺服器理解該請求，但拒絕執行。與 401 不同，用相同的憑證重新登入也沒有幫助：用戶端沒有存取此資源的權限。
status-404-title = 找不到
status-404-description = 伺服器在此網址上沒有任何內容，或是不想透露這裡有內容。請檢查網址是否有打錯字；該頁面可能已被移動或刪除。
status-405-title = 不允許的方法
status-405-description = 資源存在，但不接受該請求方法，例如對唯讀頁面送出 POST。回應的 Allow 標頭列出了它接受的方法。
status-406-title = 無法接受
status-406-description = 用戶端在 Accept 系列標頭中宣告了可接受的條件（例如媒體類型或語言），伺服器沒有符合這些條件的資源版本，也不會改為傳送預設版本。
status-407-title = 需要代理伺服器驗證
status-407-description = 與 401 類似，但用戶端必須先向位於它與伺服器之間的代理伺服器驗證身分。回應的 Proxy-Authenticate 標頭說明了驗證方式。
status-408-title = 請求逾時
status-408-description = 伺服器在它願意等待的時間內沒有收到完整的請求，正在關閉連線。用戶端可以透過新的連線重新傳送請求。
status-409-title = 衝突
status-409-description = 該請求與資源目前的狀態衝突，例如根據過時版本所做的編輯。請解決衝突（通常是先取得最新版本），然後再試一次。
status-410-title = 已刪除
status-410-description = 該資源過去在這裡，但已被刻意移除，而且不會再回來；也沒有已知的新網址。指向它的連結應予刪除。
status-411-title = 需要長度
status-411-description = 由於請求沒有 Content-Length 標頭，伺服器拒絕了該請求。請附上內容長度後重新傳送。
status-412-title = 先決條件失敗
status-412-description = 請求標頭中的某個條件（例如 If-Match 或 If-Unmodified-Since）在伺服器上被判定為不成立。它通常用來防止覆寫在此期間已被他人修改的資源。
status-413-title = 內容過大
status-413-description = 請求內容超過伺服器願意或能夠處理的大小。請減少傳送的資料；如果該限制只是暫時的，Retry-After 標頭可能會說明何時可以再試。
status-414-title = URI 過長
status-414-description = 所請求的網址超過伺服器願意解析的長度。這通常是因為在查詢字串中放了太多資料；應改為在請求主體中傳送這類資料。
status-415-title = 不支援的媒體類型
status-415-description = 請求內容所用的格式或編碼，不受該資源在此方法下的支援，因此伺服器拒絕了該請求。請檢查 Content-Type 與 Content-Encoding 標頭。
status-416-title = 範圍無法滿足
status-416-description = Range 標頭中所要求的範圍都無法提供，例如因為其起點超出了資源的結尾。回應通常會在 Content-Range 標頭中提供資源目前的長度。
status-417-title = 預期失敗
status-417-description = 伺服器無法滿足請求的 Expect 標頭中所宣告的預期。用戶端可以拿掉該標頭後重新傳送請求。
status-418-title = 我是茶壺
status-418-description = 在 HTTP 中保留且未使用。它源自超文字咖啡壺控制協定，那是一個愚人節玩笑，其中的茶壺拒絕煮咖啡；有些伺服器至今仍把它當作彩蛋送出。
status-421-title = 錯誤導向的請求
status-421-description = 請求送到了一台無法為其網址產生回應的伺服器，例如因為重複使用的連線通往一台未針對該主機名稱設定的伺服器。用戶端可以透過另一條連線重試。
status-422-title = 無法處理的內容
status-422-description = 伺服器理解內容類型，語法也正確，但無法依照內容所表達的意思執行，例如因為資料未通過驗證。請修正資料後再重試。
status-423-title = 已鎖定
status-423-description = 該 WebDAV 資源已被鎖定，因此無法對它套用該方法。請等待鎖定解除；如果你持有該鎖定，請傳送鎖定權杖。
status-424-title = 相依性失敗
status-424-description = 無法對該資源執行該方法，因為它所依賴的另一個動作失敗了。例如在 WebDAV 中，一組變更中的某一項失敗時，其餘變更也會因此不被套用。
status-425-title = 過早
status-425-description = 伺服器不會處理以 TLS 早期資料形式送出的請求，因為這類資料可能遭攻擊者重送。用戶端應在交握完成後重新傳送請求。
status-426-title = 需要升級
status-426-description = 伺服器拒絕透過目前的協定處理該請求，但在用戶端切換到另一種協定後可能會處理。回應的 Upgrade 標頭列出了它要求的協定。
status-428-title = 需要先決條件
status-428-description = 伺服器要求該請求必須是條件式請求，例如帶有 If-Match 標頭，以免不同用戶端所做的變更互相覆寫。請先取得目前的版本，再附上條件重新傳送請求。
status-429-title = 請求過多
status-429-description = 用戶端在一段時間內送出了太多請求，正受到速率限制。請放慢速度；Retry-After 標頭可能會說明需要等待多久。
status-431-title = 請求標頭欄位過大
status-431-description = 請求的標頭欄位過大（無論是單一欄位還是全部欄位加總），因此伺服器不會處理該請求。請縮減標頭，例如清除該網站的 Cookie，然後再試一次。
status-451-title = 因法律原因無法使用
status-451-description = 由於法律要求（例如法院命令或政府審查），伺服器拒絕存取該資源。回應應說明這項要求的內容以及由誰提出。

## 5xx 伺服器錯誤

status-500-title = 伺服器內部錯誤
status-500-description = 伺服器遇到了非預期的狀況，導致無法完成請求。問題出在伺服器端；請稍後再試，如果問題持續發生，請聯絡該網站的管理員。
status-501-title = 未實作
status-501-description = 伺服器不支援完成該請求所需的功能，通常是因為它完全無法辨識該請求方法。與 405 不同，這適用於整個伺服器，而不只是某一個資源。
status-502-title = 閘道錯誤
status-502-description = 擔任閘道或代理伺服器的伺服器，從它所聯繫的上游伺服器收到了無效的回應。問題出在伺服器之間，稍後再試可能會有幫助。
status-503-title = 服務無法使用
status-503-description = 伺服器目前無法處理該請求，通常是因為負載過重或正在停機維護。請稍後再試；Retry-After 標頭可能會說明何時可以再試。
status-504-title = 閘道逾時
status-504-description = 擔任閘道或代理伺服器的伺服器，未能及時從它需要連線的上游伺服器取得回應。稍後再試可能會有幫助。
status-505-title = 不支援的 HTTP 版本
status-505-description = 伺服器不支援或拒絕支援請求所使用的 HTTP 主要版本。用戶端應改用該協定的其他版本再試一次。
status-506-title = 變體也在協商
status-506-description = 伺服器的透明內容協商設定有誤：它所選的變體本身也被設定為要進行協商，這將永遠無法結束。它來自一份實驗性規格，很少見到。
status-507-title = 儲存空間不足
status-507-description = 伺服器無法儲存完成請求所需的內容，例如因為磁碟已滿或配額已用完。在 WebDAV 中，這種狀況被視為暫時性的。
status-508-title = 偵測到迴圈
status-508-description = 伺服器在處理一個深度為無限的 WebDAV 請求時發現了無窮迴圈，因此停止了操作。整個操作都失敗了。
status-510-title = 未擴充
status-510-description = 請求沒有包含伺服器依據 HTTP 擴充框架所要求的擴充宣告。它已被廢止：該框架已被列為「歷史」狀態，不應再使用此狀態碼。
status-511-title = 需要網路驗證
status-511-description = 用戶端必須登入才能取得網路存取權限，典型情況是公共 Wi-Fi 的強制登入頁面；該回應來自網路，而不是所請求的網站。請開啟任一網頁，然後登入或接受該網路的使用條款。
