# 웹 애플리케이션이 사용자에게 보여 주는 HTML 오류 페이지의 문구.

# 코드와 전송 문구 앞에 붙는 레이블: “HTTP 상태: 404 Not Found”.
page-status-label = HTTP 상태
# 사이트의 첫 페이지로 돌아가는 링크.
page-home-link = 홈으로 이동
# 페이지를 다시 불러오는 버튼. 저절로 해결될 수 있는 오류(408, 425, 429와 서버 오류)에 표시됩니다.
page-try-again = 다시 시도
# 코드, 요청 ID, 기술적인 설명을 담은 작은 영역의 제목.
page-technical-details = 기술 세부 정보
# 요청의 식별자 레이블. 지원 담당자가 로그에서 요청을 찾을 때 씁니다.
page-request-id = 요청 ID
# 방문자가 요청한 주소(경로와 쿼리)의 레이블. 사이트 앞의 리버스 프록시가 알려 준 값(X-Original-URI)이며,
# 값은 보내온 그대로 왼쪽에서 오른쪽으로 표시됩니다.
page-original-uri = 요청한 주소
# 페이지가 받아들이는 메서드의 레이블. 응답의 Allow 헤더에서 가져옵니다(405).
page-allowed-methods = 허용되는 메서드
# 사이트가 다시 시도할 시점을 알려 줄 때(Retry-After 헤더): 초, 분, 시간 단위의 수.
# 복수형이 필요 없도록 단위를 짧게 씁니다. { $count }는 정확히 한 번 씁니다.
page-retry-seconds = { $count }초 후에 다시 시도할 수 있습니다.
page-retry-minutes = { $count }분 후에 다시 시도할 수 있습니다.
page-retry-hours = { $count }시간 후에 다시 시도할 수 있습니다.
