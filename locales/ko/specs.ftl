# 상태 코드를 정의하는 사양의 제목과, 이를 인용할 때 쓰는 문구
# (“RFC 9110의 섹션 15.5.5 (실험적)”).
# RFC 번호와 섹션 번호는 프로그램이 덧붙이므로 여기에 쓰지 마세요.

spec-rfc9110 = HTTP 시맨틱
spec-rfc2518 = 분산 저작을 위한 HTTP 확장 (WebDAV)
spec-rfc4918 = 웹 분산 저작 및 버전 관리를 위한 HTTP 확장 (WebDAV)
spec-rfc5842 = WebDAV 바인딩 확장
spec-rfc3229 = HTTP의 델타 인코딩
spec-rfc8297 = 힌트를 나타내기 위한 HTTP 상태 코드
spec-rfc8470 = HTTP에서 조기 데이터 사용
spec-rfc6585 = 추가 HTTP 상태 코드
spec-rfc7725 = 법적 장애를 보고하기 위한 HTTP 상태 코드
spec-rfc2295 = HTTP의 투명한 콘텐츠 협상
spec-rfc2774 = HTTP 확장 프레임워크
spec-rfc2324 = 하이퍼텍스트 커피 포트 제어 프로토콜 (HTCPCP/1.0)
spec-draft-resumable-upload = HTTP를 위한 재개 가능한 업로드 (인터넷 드래프트)

# 사양의 섹션을 인용하는 형식: “RFC 9110의 섹션 15.5.5”. $spec 자리에는 사양(“RFC 9110”)이,
# $section 자리에는 섹션 번호가 들어갑니다. 두 변수 모두 정확히 한 번씩 사용하세요.
spec-citation = { $spec }의 섹션 { $section }
# 실험적(Experimental) RFC의 인용: “RFC 5842의 섹션 7.1 (실험적)”. { $citation }은 위의 인용이며
# 정확히 한 번 사용합니다.
spec-citation-experimental = { $citation } (실험적)

# 상태 코드가 수명 주기에서 어느 단계에 있는지.
lifecycle-standard = 표준
lifecycle-experimental = 실험적
lifecycle-provisional = 잠정
lifecycle-deprecated = 사용 중단됨
lifecycle-obsoleted = 폐기됨
lifecycle-reserved = 예약됨
