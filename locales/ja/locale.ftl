# このロケールそのものについての情報。

# この言語の名前を、この言語で書いたもの。言語の選択画面に表示される形（「Deutsch」「Русский」「Português (Brasil)」）。
locale-name = 日本語

# 値の前にラベルを書くときの書式：「クラス：4xx」。{ $label } と { $value } はそれぞれちょうど 1 回ずつ使います。
# 日本語では全角コロンを使い、前後に空白を入れません。
locale-label-value = { $label }：{ $value }
# リストの 2 つの項目をつなぐ書式：「RFC 9110 のセクション 15.5.19；RFC 2324 のセクション 2.3.2」。
locale-list-pair = { $first }；{ $second }
