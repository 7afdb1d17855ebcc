# コマンドラインツール httpstatus の語句。このファイルを読むのはツールだけです。
# { $変数 } はそのまま残してください。複数形は Fluent が数から選びます。日本語の基数の
# 複数形カテゴリーは other だけです（https://projectfluent.org/fluent/guide/selectors.html）。

## 説明したコードのラベル：「クラス：4xx（クライアントエラー）」。

cli-label-class = クラス
cli-label-name = 名前
cli-label-aliases = 別名
cli-label-phrase = 理由語句
cli-label-lifecycle = 状態
cli-label-references = 定義元
cli-label-locale = 言語
cli-label-cacheable = デフォルトでキャッシュ可能
cli-label-no-content = 常にコンテンツなし
cli-yes = はい
cli-no = いいえ
# ラベルの後に書くクラス：「4xx（クライアントエラー）」。{ $class } は 4xx のような値、{ $title } は
# クラスの名前です。括弧は全角です。
cli-class-value = { $class }（{ $title }）
# ラベルの後に書く仕様の参照。例：RFC 9110 のセクション 15.5.5「HTTP セマンティクス」
# { $citation } は引用、{ $title } は仕様のタイトルです。タイトルはかぎ括弧で囲みます。
cli-reference-value = { $citation }「{ $title }」
# 299 のような未登録のコードの下に表示されます。
cli-unregistered = 登録済みのステータスコードではありません。RFC 9110 の定めに従い、クラスに基づいて説明しています。
# レジストリで予約されている 306 の下に表示されます。
cli-reserved = レジストリで予約されており、現在は使われていません。RFC 9110 の定めに従い、クラスに基づいて説明しています。

## クラスの一覧：「httpstatus 4xx」。{ $class } は「4xx」、{ $title } はクラスの名前です。

cli-class-heading = { $class } { $title }：{ $count ->
       *[other] 登録済みのコード { $count } 件
    }

## コマンドラインの誤り。{ $input } は入力された内容です。

cli-error-out-of-range = { $input } は HTTP ステータスコードではありません。コードは 100 から 599 までです。
cli-error-unknown-name = 「{ $input }」はステータスコードでも既知のステータス名でもありません。
# 名前が近いときの、上と同じエラー。{ $name } は NOT_FOUND のような名前です。
cli-error-unknown-name-did-you-mean = 「{ $input }」はステータスコードでも既知のステータス名でもありません。{ $name } のことですか？
cli-error-bad-tag = 「{ $tag }」は言語タグではありません。en、ru、pt-BR のように指定してください。
# { $requested } は指定されたタグ、{ $chosen } は代わりに使うロケール、{ $name } はその名前です。
cli-warning-no-locale = リクエストされた「{ $requested }」に一致するロケールがありません。{ $chosen }（{ $name }）を使用します。
cli-error-no-folder = { $path } は、ロケールフォルダーを収めたフォルダーではありません。
cli-error-no-locale = ディスク上の { $path } に、ロケールフォルダー { $tag } はありません。
cli-error-not-a-tag = 「{ $tag }」は正規形の言語タグではありません。pt-BR のように書いてください。
cli-error-exists = { $path } にはすでにファイルがあります。上書きするには --force を指定してください。
# { $error } はオペレーティングシステムのメッセージで、通常は英語です。
cli-error-io = { $path } に書き込めません：{ $error }

## ディスクからのロケールフォルダーの読み込み（--locales-dir）。

cli-disk-warnings = { $path } に { $count ->
       *[other] { $count } 件の警告
    }があります。一覧は「httpstatus check」で表示できます。

## httpstatus check

# ロケールごとに 1 行：「ru：翻訳済み 187/187、未翻訳 0、要更新 0」。
cli-check-locale = { $tag }：翻訳済み { $translated }/{ $total }、未翻訳 { $missing }、要更新 { $stale }
# 最後の行：「エラー 0 件、警告 2 件（ロケール 30 個）」。
cli-check-summary = { $errors ->
       *[other] エラー { $errors } 件
    }、{ $warnings ->
       *[other] 警告 { $warnings } 件
    }（{ $locales ->
       *[other] ロケール { $locales } 個
    }）
cli-check-recorded = { $tag } の現在の英語を { $path } に記録しました。

## httpstatus locales：各ロケールの状態。

cli-locale-current = 完了、最新
cli-locale-stale = 完了、要更新 { $stale }
cli-locale-partial = 未完了：未翻訳 { $missing }、要更新 { $stale }
cli-locale-pseudo = 疑似ロケール（英語から生成）
cli-locale-from-disk = （ディスクから読み込み）

## httpstatus template

cli-template-wrote = { $path } を書き込みました
cli-template-next = 次の手順：翻訳してから「httpstatus check --locales-dir { $path } --update-source { $tag }」を実行してください。

## httpstatus docs --out-dir：ファイルごとに 1 行の進捗表示。

cli-docs-written = [{ $done }/{ $total }] { $path } を書き込みました
cli-docs-unchanged = [{ $done }/{ $total }] { $path } は変更なし

## httpstatus site

# サイトを書き出した後：「30 言語のファイル 1985 個を site/ に書き込みました」。{ $files } はファイルの数、
# { $languages } は言語の数（日本語の複数形カテゴリーは other だけです）、{ $path } は出力先のフォルダーです。
cli-site-written = { $languages ->
       *[other] { $languages } 言語
    }のファイル { $files ->
       *[other] { $files } 個
    }を { $path } に書き込みました
# --base-url が指定されなかったとき、上の行の後に表示されます。「--base-url」と「sitemap.xml」はそのまま残します。
cli-site-no-sitemap = sitemap.xml は書き出していません。サイトマップには絶対 URL が必要です。書き出すには --base-url を指定してください。
# { $url } は --base-url の後に指定された内容です。
cli-error-base-url = 「{ $url }」はベース URL ではありません。https://example.org/http/ のように、クエリを含まない http または https のアドレスを指定してください。

## httpstatus pages：リバースプロキシ向けの静的エラーページとサーバー設定の断片。

# ロケールごとに 1 行の進捗表示：「[3/30] ru：80 ページ」。{ $done } と { $total } はロケールの数、
# { $tag } は言語タグ、{ $count } はページの数です（日本語の複数形カテゴリーは other だけです）。
cli-pages-locale = [{ $done }/{ $total }] { $tag }：{ $count ->
       *[other] { $count } ページ
    }
# httpstatus pages の最後の行：{ $written } は書き込んだファイルの数（other だけ）、{ $unchanged } は
# そのままにしたファイルの数、{ $path } は出力先のフォルダーです。
cli-pages-done = { $path } に{ $written ->
       *[other] ファイル { $written } 個
    }を書き込みました（{ $unchanged } 個は変更なし）。
# 同じフォルダーへの以前の実行で書き込んだページ（またはサーバー設定ファイル）のうち、要求したコード、
# ロケール、形式が減ったために今回の実行では書き込まなくなったものがあるとき、最後の行の前に表示します。
# { $count } は削除したファイルの数です（other だけ）。
cli-pages-removed = { $count ->
       *[other] 以前の実行で書き込み、今回の実行では書き込まなくなったファイル { $count } 個を削除しました。
    }
# 書き出したサーバー設定ファイルごとに 1 行。運用者にそのファイルをインクルードするよう伝えます。
cli-pages-snippet = 次のファイルをインクルードしてください：{ $path }
# --locales に指定された { $tag } のロケールがカタログにないとき。「httpstatus locales」はそのまま残します。
cli-error-pages-locale = 「{ $tag }」に一致するロケールがありません。一覧は「httpstatus locales」で表示できます。
# --codes の値がエラーコードでも 4xx や 5xx でもないとき。400、599、4xx、5xx はそのまま残します。
cli-error-pages-code = 「{ $input }」はエラーコードではありません。400 から 599 までのコード、または 4xx か 5xx を指定してください。
# --format の値が html でも json でもないとき。html と json はそのまま残します。
cli-error-pages-format = 「{ $input }」はページの形式ではありません。html、json、またはその両方を指定してください。
# サーバー設定に書くフォルダー { $path } に設定ファイルで使えない文字が含まれるか、絶対パスでないとき。
# --install-dir はそのまま残します。
cli-error-pages-install-dir = { $path } はサーバー設定に記述できません。--install-dir には、引用符、波括弧、セミコロン、ドル記号を含まない絶対パスを指定してください。

## httpstatus serve：エラーページを配信するサーバー。

# httpstatus serve の開始行（標準エラー出力）。{ $address } は 127.0.0.1:8080 のような値です。スクリプトが
# 読み取るので「http://{ $address }」は 1 つにまとめ、後ろに空白を置きます。{ $locales } は言語の数です。
cli-serve-listening = http://{ $address } で { $locales } 言語のエラーページを配信しています。/healthz はヘルスチェックに応答します。
# SIGTERM または Ctrl-C を受け取った後。
cli-serve-stopping = 停止中：処理中のリクエストを完了させています。
# --listen の後に指定された { $address } がアドレスではないとき。例のアドレスと番号はそのまま残します。
cli-error-serve-listen = 「{ $address }」は待ち受けに使えるアドレスではありません。127.0.0.1:8080 や [::1]:8080 のように書いてください。
# { $address } で待ち受けできなかったとき。{ $error } はオペレーティングシステムのメッセージで、通常は英語です。
cli-error-serve-bind = { $address } で待ち受けできません：{ $error }
