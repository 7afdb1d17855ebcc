# ステータスコードを定義する仕様のタイトルと、それらを引用するときに使う語句
# （「RFC 9110 のセクション 15.5.5（実験的）」）。
# RFC 番号とセクション番号はプログラムが付け加えるので、ここには書かないでください。

spec-rfc9110 = HTTP セマンティクス
spec-rfc2518 = 分散オーサリングのための HTTP 拡張（WebDAV）
spec-rfc4918 = Web 分散オーサリングとバージョン管理のための HTTP 拡張（WebDAV）
spec-rfc5842 = WebDAV のバインディング拡張
spec-rfc3229 = HTTP におけるデルタエンコーディング
spec-rfc8297 = ヒントを示すための HTTP ステータスコード
spec-rfc8470 = HTTP における早期データの使用
spec-rfc6585 = 追加の HTTP ステータスコード
spec-rfc7725 = 法的障害を報告するための HTTP ステータスコード
spec-rfc2295 = HTTP における透過的コンテンツネゴシエーション
spec-rfc2774 = HTTP 拡張フレームワーク
spec-rfc2324 = ハイパーテキストコーヒーポット制御プロトコル（HTCPCP/1.0）
spec-draft-resumable-upload = HTTP の再開可能なアップロード（インターネットドラフト）

# 仕様のセクションを引用するときの書き方：「RFC 9110 のセクション 15.5.5」。$spec は仕様
# （「RFC 9110」）、$section はセクション番号です。どちらもちょうど 1 回ずつ使ってください。
spec-citation = { $spec } のセクション { $section }
# 実験的（Experimental）RFC の引用：「RFC 5842 のセクション 7.1（実験的）」。{ $citation } は上の引用で、
# ちょうど 1 回使います。括弧は全角で、前に空白を入れません。
spec-citation-experimental = { $citation }（実験的）

# ステータスコードがライフサイクルのどの段階にあるか。
lifecycle-standard = 標準
lifecycle-experimental = 実験的
lifecycle-provisional = 暫定
lifecycle-deprecated = 非推奨
lifecycle-obsoleted = 廃止
lifecycle-reserved = 予約済み
