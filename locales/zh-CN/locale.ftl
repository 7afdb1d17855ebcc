# 关于此语言环境本身的信息。

# 本语言的名称，用本语言书写，即语言选择器中显示的样子（“Deutsch”“Русский”“Português (Brasil)”）。
locale-name = 中文（简体）

# 标签写在值前面时的格式：“类别：4xx”。{ $label } 和 { $value } 各只使用一次。
# 中文使用全角冒号，前后不加空格。
locale-label-value = { $label }：{ $value }
# 连接列表中两项的格式：“RFC 9110 第 15.5.19 节；RFC 2324 第 2.3.2 节”。
locale-list-pair = { $first }；{ $second }
