# Слова утилиты командной строки httpstatus. Этот файл читает только утилита.
# Переменные вида { $name } оставляйте как есть; форму множественного числа Fluent выбирает по числу,
# поэтому указывайте все формы, нужные языку (https://projectfluent.org/fluent/guide/selectors.html).

## Подписи описания кода: «Класс: 4xx (Ошибка клиента)».

cli-label-class = Класс
cli-label-name = Имя
cli-label-aliases = Другие имена
cli-label-phrase = Фраза причины
cli-label-lifecycle = Статус
cli-label-references = Определён в
cli-label-locale = Язык
cli-label-cacheable = Кешируется по умолчанию
cli-label-no-content = Никогда не имеет содержимого
cli-yes = да
cli-no = нет
# Класс после подписи: «4xx (Ошибка клиента)». $class — например, 4xx, $title — название класса.
cli-class-value = { $class } ({ $title })
# Ссылка на спецификацию после подписи: «RFC 9110, Раздел 15.5.5 — Семантика HTTP».
# $citation — ссылка на раздел, $title — название спецификации.
cli-reference-value = { $citation } — { $title }
# Выводится под незарегистрированным кодом, например 299.
cli-unregistered = Незарегистрированный код состояния: описан по своему классу, как того требует RFC 9110.
# Выводится под кодом 306, который реестр держит зарезервированным.
cli-reserved = Зарезервирован в реестре и больше не используется: описан по своему классу, как того требует RFC 9110.

## Список кодов класса: «httpstatus 4xx». $class — «4xx», $title — название класса.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } зарегистрированный код
        [few] { $count } зарегистрированных кода
        [many] { $count } зарегистрированных кодов
       *[other] { $count } зарегистрированного кода
    }

## Ошибки в командной строке. $input — то, что было введено.

cli-error-out-of-range = { $input } не является кодом состояния HTTP: коды бывают от 100 до 599.
cli-error-unknown-name = «{ $input }» не является ни кодом состояния, ни известным именем статуса.
# Та же ошибка, когда есть имя, похожее на введённое: $name — например, NOT_FOUND.
cli-error-unknown-name-did-you-mean = «{ $input }» не является ни кодом состояния, ни известным именем статуса. Возможно, вы имели в виду { $name }?
cli-error-bad-tag = «{ $tag }» не является языковым тегом; укажите тег вида en, ru или pt-BR.
# $requested — запрошенный тег; $chosen — локаль, которая используется вместо него, $name — её название.
cli-warning-no-locale = Нет локали, соответствующей запрошенному тегу «{ $requested }»; используется { $chosen } ({ $name }).
cli-error-no-folder = { $path } не является папкой с папками локалей.
cli-error-no-locale = В { $path } на диске нет папки локали { $tag }.
cli-error-not-a-tag = «{ $tag }» не является языковым тегом в канонической форме; пример правильной записи: pt-BR.
cli-error-exists = В { $path } уже есть файлы; чтобы перезаписать их, укажите --force.
# $error — сообщение операционной системы, обычно на английском языке.
cli-error-io = Не удаётся записать { $path }: { $error }

## Загрузка папок локалей с диска (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } предупреждение
        [few] { $count } предупреждения
        [many] { $count } предупреждений
       *[other] { $count } предупреждения
    } в { $path }; их список выводит «httpstatus check».

## httpstatus check

# Одна строка на локаль: «ru: переведено 187/187, не хватает 0, устарело 0».
cli-check-locale = { $tag }: переведено { $translated }/{ $total }, не хватает { $missing }, устарело { $stale }
# Последняя строка: «0 ошибок, 2 предупреждения в 30 локалях».
cli-check-summary = { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    } в { $locales ->
        [one] { $locales } локали
        [few] { $locales } локалях
        [many] { $locales } локалях
       *[other] { $locales } локали
    }
cli-check-recorded = Текущий английский текст для локали { $tag } записан в { $path }.

## httpstatus locales: состояние каждой локали.

cli-locale-current = полная, актуальная
cli-locale-stale = полная, устарело { $stale }
cli-locale-partial = частичная: не хватает { $missing }, устарело { $stale }
cli-locale-pseudo = псевдолокаль, созданная из английской
cli-locale-from-disk = (с диска)

## httpstatus template

cli-template-wrote = Записан файл { $path }
cli-template-next = Далее: переведите сообщения, затем выполните «httpstatus check --locales-dir { $path } --update-source { $tag }».

## httpstatus docs --out-dir: ход работы, одна строка на файл.

cli-docs-written = [{ $done }/{ $total }] записан: { $path }
cli-docs-unchanged = [{ $done }/{ $total }] без изменений: { $path }

## httpstatus site

# После создания сайта: «1985 файлов для 30 языков в папке site/». { $files } — число файлов,
# { $languages } — число языков (все формы обоих; после «для» родительный падеж: 1 языка,
# 2 языков, 5 языков, 1,5 языка), { $path } — папка с результатом.
cli-site-written = { $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    } для { $languages ->
        [one] { $languages } языка
        [few] { $languages } языков
        [many] { $languages } языков
       *[other] { $languages } языка
    } в папке { $path }
# Выводится после строки выше, если --base-url не указан. --base-url и sitemap.xml не переводятся.
cli-site-no-sitemap = Файл sitemap.xml не создан: для карты сайта нужны абсолютные адреса; чтобы создать её, укажите --base-url.
# { $url } — то, что указано после --base-url.
cli-error-base-url = «{ $url }» не является базовым URL: укажите адрес http или https без строки запроса, например https://example.org/http/.

## httpstatus pages: статические страницы ошибок и фрагменты конфигурации серверов для обратных прокси.

# Ход работы, одна строка на локаль: «[3/30] ru: 80 страниц». { $done } и { $total } считают
# локали, { $tag } — языковой тег, { $count } — число страниц (все формы).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } страница
        [few] { $count } страницы
        [many] { $count } страниц
       *[other] { $count } страницы
    }
# Последняя строка httpstatus pages: { $written } записанных файлов (все формы; причастие
# согласуется с существительным), { $unchanged } файлов, оставленных как были, { $path } —
# папка с результатом.
cli-pages-done = { $written ->
        [one] Записан { $written } файл
        [few] Записаны { $written } файла
        [many] Записано { $written } файлов
       *[other] Записано { $written } файла
    }, { $unchanged } без изменений в папке { $path }.
# Одна строка на каждый записанный файл конфигурации сервера: оператору нужно подключить его
# (include); { $path } — файл.
cli-pages-snippet = Подключите в конфигурации: { $path }
# { $tag } указан в --locales, а такой локали в каталоге нет. «httpstatus locales» не переводится.
cli-error-pages-locale = Нет локали, соответствующей «{ $tag }»; список локалей выводит «httpstatus locales».
# { $input } — значение --codes, которое не является ни кодом ошибки, ни 4xx или 5xx. Числа 400
# и 599, а также 4xx и 5xx оставьте как есть.
cli-error-pages-code = «{ $input }» не является кодом ошибки: укажите коды от 400 до 599, 4xx или 5xx.
# { $input } — значение --format, которое не является ни html, ни json. html и json не переводятся.
cli-error-pages-format = «{ $input }» не является форматом страниц: укажите html, json или оба.
# { $path }, папка, которую назвала бы конфигурация сервера, содержит символы, недопустимые
# в файлах конфигурации, или не является абсолютным путём. --install-dir не переводится.
cli-error-pages-install-dir = Путь { $path } нельзя записать в конфигурацию сервера: укажите в --install-dir абсолютный путь без кавычек, фигурных скобок, точек с запятой и знаков доллара.

## httpstatus serve: сервер страниц ошибок.

# Первая строка httpstatus serve, в stderr. { $address } — например, 127.0.0.1:8080; оставьте
# «http://{ $address }» одним куском, его читают скрипты. { $locales } — число языков
# (предложный падеж: на 1 языке, на 2 языках, на 5 языках, на 1,5 языка).
cli-serve-listening = Страницы ошибок доступны по адресу http://{ $address } на { $locales ->
        [one] { $locales } языке
        [few] { $locales } языках
        [many] { $locales } языках
       *[other] { $locales } языка
    }; /healthz отвечает на проверки состояния.
# После SIGTERM или Ctrl-C.
cli-serve-stopping = Остановка: завершается обработка текущих запросов.
# { $address }, указанный после --listen, не является адресом. Примеры адресов и их числа
# оставьте как есть.
cli-error-serve-listen = «{ $address }» не является адресом для прослушивания; укажите его в виде 127.0.0.1:8080 или [::1]:8080.
# Не удалось начать прослушивание на { $address }; { $error } — сообщение операционной системы,
# обычно на английском языке.
cli-error-serve-bind = Не удаётся начать прослушивание на { $address }: { $error }
