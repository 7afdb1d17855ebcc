# ステータス表をドキュメントとして出力するときに使う語句。

docs-caption = HTTP ステータスコード
docs-intro = IANA の HTTP ステータスコードレジストリに登録されているすべてのステータスコードと、それを定義する仕様の一覧です。

# ステータス表の列見出し。
docs-column-code = コード
docs-column-name = 列挙子名
docs-column-details = 詳細
docs-column-phrase = 理由語句
docs-column-title = タイトル
docs-column-description = 説明
docs-column-class = クラス
docs-column-lifecycle = 状態
docs-column-aliases = 別名

# 出力された表の末尾に付く、出典を示す注記。
docs-generated = カタログのロケールファイルから「httpstatus docs」で生成されました。手動で編集しないでください。
