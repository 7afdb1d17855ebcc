# HTTP 狀態碼五個類別的標題與說明，各類別以其第一位數字命名。
# 它們也用來說明未註冊的狀態碼：RFC 9110 規定，這類狀態碼應比照其所屬類別的 x00 狀態碼處理。

class-1xx-title = 資訊回應
class-1xx-description = 一種中間回應：請求已收到，伺服器仍在處理。用戶端應等待隨後而來的最終回應。
class-2xx-title = 成功
class-2xx-description = 請求已成功接收、理解並接受。
class-3xx-title = 重新導向
class-3xx-description = 用戶端必須採取進一步的動作才能完成請求，通常是依循重新導向前往另一個網址。
class-4xx-title = 用戶端錯誤
class-4xx-description = 請求含有錯誤（例如語法錯誤），或是依其送出時的形式無法完成。用戶端應先修正請求，再重試。
class-5xx-title = 伺服器錯誤
class-5xx-description = 伺服器未能完成一個看似有效的請求。問題出在伺服器端，稍後再試可能會有幫助。
