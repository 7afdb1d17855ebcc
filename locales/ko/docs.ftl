# 상태 코드 표를 문서로 출력할 때 사용하는 문구.

docs-caption = HTTP 상태 코드
docs-intro = IANA HTTP 상태 코드 레지스트리에 등록된 모든 상태 코드와 각 코드를 정의하는 사양입니다.

# 상태 코드 표의 열 제목.
docs-column-code = 코드
docs-column-name = 열거자 이름
docs-column-details = 세부 정보
docs-column-phrase = 사유 문구
docs-column-title = 제목
docs-column-description = 설명
docs-column-class = 클래스
docs-column-lifecycle = 상태
docs-column-aliases = 다른 이름

# 출력된 표 끝에 붙어 출처를 알려 주는 메모.
docs-generated = 카탈로그의 로캘 파일에서 “httpstatus docs”로 생성되었습니다. 직접 편집하지 마세요.
