# 關於此語系本身的資訊。

# 本語言的名稱，以本語言書寫，也就是語言選擇清單中顯示的樣子（「Deutsch」「Русский」「Português (Brasil)」）。
locale-name = 中文（台灣）

# 標籤寫在值前面時的格式：「類別：4xx」。{ $label } 與 { $value } 各只使用一次。
# 中文使用全形冒號，前後不加空格。
locale-label-value = { $label }：{ $value }
# 連接清單中兩個項目的格式：「RFC 9110 第 15.5.19 節；RFC 2324 第 2.3.2 節」。
locale-list-pair = { $first }；{ $second }
