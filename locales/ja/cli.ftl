# この言語の名前を、この言語で書いたもの。
locale-name = 日本語

# コマンドラインツール httpstatus が表示するラベル。
cli-label-code = コード
cli-label-name = 名前
cli-label-aliases = 別名
cli-label-phrase = 理由フレーズ
cli-label-title = タイトル
cli-label-description = 説明
cli-label-class = クラス
cli-label-lifecycle = 状態
cli-label-references = 定義元
cli-label-locale = 言語
cli-label-cacheable = デフォルトでキャッシュ可能
cli-label-no-content = 常にコンテンツなし
cli-yes = はい
cli-no = いいえ
cli-unregistered = 登録済みのステータスコードではありません。RFC 9110 の定めに従い、クラスに基づいて説明しています。
