# 명령줄 도구 httpstatus가 쓰는 문구. 이 파일은 도구만 읽습니다.
# { $변수 }는 그대로 두세요. 복수형은 Fluent가 숫자를 보고 고릅니다. 한국어의 기수 복수 범주는
# other 하나뿐입니다(https://projectfluent.org/fluent/guide/selectors.html).

## 설명한 코드의 레이블: “클래스: 4xx (클라이언트 오류)”.

cli-label-class = 클래스
cli-label-name = 이름
cli-label-aliases = 다른 이름
cli-label-phrase = 사유 문구
cli-label-lifecycle = 상태
cli-label-references = 정의 문서
cli-label-locale = 언어
cli-label-cacheable = 기본적으로 캐시 가능
cli-label-no-content = 항상 콘텐츠 없음
cli-yes = 예
cli-no = 아니요
# 레이블 뒤에 오는 클래스: “4xx (클라이언트 오류)”. { $class }는 4xx 같은 값, { $title }은 클래스의 이름입니다.
cli-class-value = { $class } ({ $title })
# 레이블 뒤에 오는 사양 참조: “RFC 9110의 섹션 15.5.5 — HTTP 시맨틱”. { $citation }은 인용,
# { $title }은 사양의 제목입니다. 줄표(—) 앞뒤는 띄어 씁니다.
cli-reference-value = { $citation } — { $title }
# 299처럼 등록되지 않은 코드 아래에 표시됩니다.
cli-unregistered = 등록된 상태 코드가 아닙니다. RFC 9110의 요구에 따라 해당 클래스를 기준으로 설명합니다.
# 레지스트리에 예약된 306 아래에 표시됩니다.
cli-reserved = 레지스트리에 예약되어 있으며 더 이상 사용되지 않습니다. RFC 9110의 요구에 따라 해당 클래스를 기준으로 설명합니다.

## 클래스 목록: “httpstatus 4xx”. { $class }는 “4xx”, { $title }은 클래스 이름입니다.

cli-class-heading = { $class } { $title }: { $count ->
       *[other] 등록된 코드 { $count }개
    }

## 명령줄 오류. { $input }은 입력한 내용입니다.

cli-error-out-of-range = { $input }은(는) HTTP 상태 코드가 아닙니다. 코드는 100부터 599까지입니다.
cli-error-unknown-name = “{ $input }”은(는) 상태 코드도 아니고 알려진 상태 이름도 아닙니다.
# 이름이 비슷할 때 표시되는 위와 같은 오류. { $name }은 NOT_FOUND 같은 이름입니다.
cli-error-unknown-name-did-you-mean = “{ $input }”은(는) 상태 코드도 아니고 알려진 상태 이름도 아닙니다. { $name }을(를) 찾으셨나요?
cli-error-bad-tag = “{ $tag }”은(는) 언어 태그가 아닙니다. en, ru, pt-BR처럼 쓰세요.
# { $requested }는 요청한 태그, { $chosen }은 대신 사용하는 로캘, { $name }은 그 로캘의 이름입니다.
cli-warning-no-locale = 요청한 “{ $requested }”과(와) 일치하는 로캘이 없어 { $chosen }({ $name })을(를) 사용합니다.
cli-error-no-folder = { $path }은(는) 로캘 폴더들을 담은 폴더가 아닙니다.
cli-error-no-locale = 디스크의 { $path }에 로캘 폴더 { $tag }이(가) 없습니다.
cli-error-not-a-tag = “{ $tag }”은(는) 정규 형식의 언어 태그가 아닙니다. pt-BR처럼 쓰세요.
cli-error-exists = { $path }에 이미 파일이 있습니다. 덮어쓰려면 --force를 지정하세요.
# { $error }는 운영 체제의 메시지이며 보통 영어입니다.
cli-error-io = { $path }에 쓸 수 없습니다: { $error }

## 디스크에서 로캘 폴더 불러오기(--locales-dir).

cli-disk-warnings = { $path }에 { $count ->
       *[other] 경고 { $count }개
    }가 있습니다. “httpstatus check”로 목록을 볼 수 있습니다.

## httpstatus check

# 로캘마다 한 줄: “ru: 187/187 번역됨, 누락 0, 갱신 필요 0”.
cli-check-locale = { $tag }: { $translated }/{ $total } 번역됨, 누락 { $missing }, 갱신 필요 { $stale }
# 마지막 줄: “로캘 30개에서 오류 0개, 경고 2개”.
cli-check-summary = { $locales ->
       *[other] 로캘 { $locales }개
    }에서 { $errors ->
       *[other] 오류 { $errors }개
    }, { $warnings ->
       *[other] 경고 { $warnings }개
    }
cli-check-recorded = { $tag }의 현재 영어 원문을 { $path }에 기록했습니다.

## httpstatus locales: 각 로캘의 상태.

cli-locale-current = 완료, 최신
cli-locale-stale = 완료, 갱신 필요 { $stale }개
cli-locale-partial = 부분 번역: 누락 { $missing }개, 갱신 필요 { $stale }개
cli-locale-pseudo = 의사 로캘, 영어에서 생성됨
cli-locale-from-disk = (디스크에서 불러옴)

## httpstatus template

cli-template-wrote = { $path } 작성됨
cli-template-next = 다음 단계: 번역한 뒤 “httpstatus check --locales-dir { $path } --update-source { $tag }”를 실행하세요.

## httpstatus docs --out-dir: 파일마다 한 줄씩 진행 상황을 표시합니다.

cli-docs-written = [{ $done }/{ $total }] { $path } 작성됨
cli-docs-unchanged = [{ $done }/{ $total }] { $path } 변경 없음

## httpstatus site

# 사이트를 만든 뒤: “30개 언어의 파일 1985개를 site/에 작성했습니다”. { $files }는 파일 수,
# { $languages }는 언어 수(한국어의 복수 범주는 other 하나뿐입니다), { $path }는 출력 폴더입니다.
cli-site-written = { $languages ->
       *[other] { $languages }개 언어
    }의 파일 { $files ->
       *[other] { $files }개
    }를 { $path }에 작성했습니다
# --base-url을 지정하지 않았을 때 위 줄 뒤에 표시됩니다. “--base-url”과 “sitemap.xml”은 그대로 둡니다.
cli-site-no-sitemap = sitemap.xml을 만들지 않았습니다. 사이트맵에는 절대 URL이 필요합니다. 만들려면 --base-url을 지정하세요.
# { $url }은 --base-url 뒤에 지정한 내용입니다.
cli-error-base-url = “{ $url }”은(는) 기본 URL이 아닙니다. https://example.org/http/처럼 쿼리가 없는 http 또는 https 주소를 지정하세요.

## httpstatus pages: 리버스 프록시용 정적 오류 페이지와 서버 설정 조각.

# 로캘마다 한 줄씩 표시하는 진행 상황: “[3/30] ru: 페이지 80개”. { $done }과 { $total }은 로캘 수,
# { $tag }는 언어 태그, { $count }는 페이지 수입니다(한국어의 복수 범주는 other 하나뿐입니다).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
       *[other] 페이지 { $count }개
    }
# httpstatus pages의 마지막 줄: { $written }은 작성한 파일 수(other 하나뿐), { $unchanged }는 그대로 둔
# 파일 수, { $path }는 출력 폴더입니다.
cli-pages-done = { $path }에 { $written ->
       *[other] 파일 { $written }개
    }를 작성했고, { $unchanged }개는 변경되지 않았습니다.
# 같은 폴더에 대한 이전 실행에서 작성한 페이지(또는 서버 설정 파일) 중, 요청한 코드, 로캘, 형식이 줄어
# 이번 실행에서 더 이상 작성하지 않는 것이 있을 때 마지막 줄 앞에 표시합니다. { $count }는 삭제한 파일 수입니다
# (other 하나뿐).
cli-pages-removed = { $count ->
       *[other] 이전 실행에서 작성했지만 이번 실행에서는 더 이상 작성하지 않는 파일 { $count }개를 삭제했습니다.
    }
# 작성한 서버 설정 파일마다 한 줄씩, 운영자에게 그 파일을 포함하라고 알립니다. { $path }는 그 파일입니다.
cli-pages-snippet = 다음 파일을 포함하세요: { $path }
# --locales에 지정한 { $tag } 로캘이 카탈로그에 없을 때. “httpstatus locales”는 그대로 둡니다.
cli-error-pages-locale = “{ $tag }”과(와) 일치하는 로캘이 없습니다. “httpstatus locales”로 목록을 볼 수 있습니다.
# --codes의 값이 오류 코드도 4xx나 5xx도 아닐 때. 400, 599, 4xx, 5xx는 그대로 둡니다.
cli-error-pages-code = “{ $input }”은(는) 오류 코드가 아닙니다. 400부터 599까지의 코드 또는 4xx나 5xx를 지정하세요.
# --format의 값이 html도 json도 아닐 때. html과 json은 그대로 둡니다.
cli-error-pages-format = “{ $input }”은(는) 페이지 형식이 아닙니다. html, json 또는 둘 다를 지정하세요.
# 서버 설정에 적을 폴더 { $path }에 설정 파일에 쓸 수 없는 문자가 있거나 절대 경로가 아닐 때.
# --install-dir은 그대로 둡니다.
cli-error-pages-install-dir = { $path }은(는) 서버 설정에 적을 수 없습니다. --install-dir에 따옴표, 중괄호, 세미콜론, 달러 기호가 없는 절대 경로를 지정하세요.

## httpstatus serve: 오류 페이지 서버.

# httpstatus serve의 시작 줄(stderr). { $address }는 127.0.0.1:8080 같은 값입니다. 스크립트가 읽으므로
# “http://{ $address }”는 한 덩어리로 두고 조사를 붙이지 않습니다. { $locales }는 언어 수입니다.
cli-serve-listening = { $locales }개 언어의 오류 페이지를 http://{ $address } 주소에서 제공합니다. /healthz는 상태 확인에 응답합니다.
# SIGTERM이나 Ctrl-C를 받은 뒤.
cli-serve-stopping = 중지하는 중: 처리 중인 요청을 마무리하고 있습니다.
# --listen 뒤에 지정한 { $address }가 주소가 아닐 때. 예로 든 주소와 번호는 그대로 둡니다.
cli-error-serve-listen = “{ $address }”은(는) 수신 대기할 수 있는 주소가 아닙니다. 127.0.0.1:8080 또는 [::1]:8080처럼 쓰세요.
# { $address }에서 수신 대기할 수 없을 때. { $error }는 운영 체제의 메시지이며 보통 영어입니다.
cli-error-serve-bind = { $address }에서 수신 대기할 수 없습니다: { $error }
