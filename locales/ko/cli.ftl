# 이 언어의 이름을 이 언어로 쓴 것.
locale-name = 한국어

# 명령줄 도구 httpstatus가 출력하는 레이블.
cli-label-code = 코드
cli-label-name = 이름
cli-label-aliases = 다른 이름
cli-label-phrase = 사유 문구
cli-label-title = 제목
cli-label-description = 설명
cli-label-class = 클래스
cli-label-lifecycle = 상태
cli-label-references = 정의 문서
cli-label-locale = 언어
cli-label-cacheable = 기본적으로 캐시 가능
cli-label-no-content = 항상 콘텐츠 없음
cli-yes = 예
cli-no = 아니요
cli-unregistered = 등록된 상태 코드가 아닙니다. RFC 9110의 요구에 따라 해당 클래스를 기준으로 설명합니다.
