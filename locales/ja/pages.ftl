# Web アプリケーションがユーザーに表示する HTML エラーページの語句。

# コードと通信上のフレーズの前に付くラベル：「HTTP ステータス：404 Not Found」。
page-status-label = HTTP ステータス
# サイトのトップページに戻るリンク。
page-home-link = トップページへ移動
