# 웹 애플리케이션이 사용자에게 보여 주는 HTML 오류 페이지의 문구.

# 코드와 전송 문구 앞에 붙는 레이블: “HTTP 상태: 404 Not Found”.
page-status-label = HTTP 상태
# 사이트의 첫 페이지로 돌아가는 링크.
page-home-link = 홈으로 이동
