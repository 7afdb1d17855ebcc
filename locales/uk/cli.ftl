# Слова утиліти командного рядка httpstatus. Цей файл читає лише утиліта.
# Змінні на зразок { $name } залишайте як є; форму множини Fluent вибирає за числом,
# тож наводьте всі форми, потрібні мові (https://projectfluent.org/fluent/guide/selectors.html).

## Підписи опису коду: «Клас: 4xx (Помилка клієнта)».

cli-label-class = Клас
cli-label-name = Ім’я
cli-label-aliases = Інші імена
cli-label-phrase = Пояснювальна фраза
cli-label-lifecycle = Статус
cli-label-references = Визначено в
cli-label-locale = Мова
cli-label-cacheable = Типово кешується
cli-label-no-content = Ніколи не має вмісту
cli-yes = так
cli-no = ні
# Клас після підпису: «4xx (Помилка клієнта)». $class — наприклад, 4xx, $title — назва класу.
cli-class-value = { $class } ({ $title })
# Посилання на специфікацію після підпису: «RFC 9110, розділ 15.5.5 — Семантика HTTP».
# $citation — посилання на розділ, $title — назва специфікації.
cli-reference-value = { $citation } — { $title }
# Виводиться під незареєстрованим кодом, наприклад 299.
cli-unregistered = Незареєстрований код статусу: описаний за своїм класом, як того вимагає RFC 9110.
# Виводиться під кодом 306, який реєстр тримає зарезервованим.
cli-reserved = Зарезервований у реєстрі й більше не використовується: описаний за своїм класом, як того вимагає RFC 9110.

## Перелік кодів класу: «httpstatus 4xx». $class — «4xx», $title — назва класу.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } зареєстрований код
        [few] { $count } зареєстровані коди
        [many] { $count } зареєстрованих кодів
       *[other] { $count } зареєстрованого коду
    }

## Помилки в командному рядку. $input — те, що було введено.

cli-error-out-of-range = { $input } не є кодом статусу HTTP: коди мають бути від 100 до 599.
cli-error-unknown-name = «{ $input }» не є ні кодом статусу, ні відомим ім’ям статусу.
# Та сама помилка, коли є ім’я, схоже на введене: $name — наприклад, NOT_FOUND.
cli-error-unknown-name-did-you-mean = «{ $input }» не є ні кодом статусу, ні відомим ім’ям статусу. Можливо, ви мали на увазі { $name }?
cli-error-bad-tag = «{ $tag }» не є мовним тегом; укажіть тег на зразок en, ru або pt-BR.
# $requested — запитаний тег; $chosen — локаль, що використовується замість нього, $name — її назва.
cli-warning-no-locale = Немає локалі, що відповідає запитаному тегу «{ $requested }»; використовується { $chosen } ({ $name }).
cli-error-no-folder = { $path } не є текою з теками локалей.
cli-error-no-locale = У { $path } на диску немає теки локалі { $tag }.
cli-error-not-a-tag = «{ $tag }» не є мовним тегом у канонічній формі; приклад правильного запису: pt-BR.
cli-error-exists = У { $path } уже є файли; щоб перезаписати їх, додайте --force.
# $error — повідомлення операційної системи, зазвичай англійською.
cli-error-io = Не вдалося записати { $path }: { $error }

## Завантаження тек локалей із диска (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } попередження
        [few] { $count } попередження
        [many] { $count } попереджень
       *[other] { $count } попередження
    } у { $path }; їх перелічує «httpstatus check».

## httpstatus check

# Один рядок на локаль: «uk: перекладено 187/187, бракує 0, застаріло 0».
cli-check-locale = { $tag }: перекладено { $translated }/{ $total }, бракує { $missing }, застаріло { $stale }
# Останній рядок: «0 помилок, 2 попередження у 30 локалях».
cli-check-summary = { $errors ->
        [one] { $errors } помилка
        [few] { $errors } помилки
        [many] { $errors } помилок
       *[other] { $errors } помилки
    }, { $warnings ->
        [one] { $warnings } попередження
        [few] { $warnings } попередження
        [many] { $warnings } попереджень
       *[other] { $warnings } попередження
    } у { $locales ->
        [one] { $locales } локалі
        [few] { $locales } локалях
        [many] { $locales } локалях
       *[other] { $locales } локалі
    }
cli-check-recorded = Поточний англійський текст для локалі { $tag } записано в { $path }.

## httpstatus locales: стан кожної локалі.

cli-locale-current = повна, актуальна
cli-locale-stale = повна, застаріло { $stale }
cli-locale-partial = часткова: бракує { $missing }, застаріло { $stale }
cli-locale-pseudo = псевдолокаль, створена з англійської
cli-locale-from-disk = (з диска)

## httpstatus template

cli-template-wrote = Записано файл { $path }
cli-template-next = Далі: перекладіть повідомлення, потім виконайте «httpstatus check --locales-dir { $path } --update-source { $tag }».

## httpstatus docs --out-dir: перебіг роботи, один рядок на файл.

cli-docs-written = [{ $done }/{ $total }] записано: { $path }
cli-docs-unchanged = [{ $done }/{ $total }] без змін: { $path }

## httpstatus site

# Після створення сайту: «1985 файлів для 30 мов у теці site/». { $files } — кількість файлів,
# { $languages } — кількість мов (усі форми обох; після «для» родовий відмінок: 1 мови, 2 мов,
# 5 мов, 1,5 мови), { $path } — тека з результатом. «в»/«у» перед «теці» стоїть усередині
# варіантів, за правилом милозвучності: «мови в теці», «мов у теці».
cli-site-written = { $files ->
        [one] { $files } файл
        [few] { $files } файли
        [many] { $files } файлів
       *[other] { $files } файлу
    } для { $languages ->
        [one] { $languages } мови в
        [few] { $languages } мов у
        [many] { $languages } мов у
       *[other] { $languages } мови в
    } теці { $path }
# Виводиться після рядка вище, якщо --base-url не вказано. --base-url і sitemap.xml не перекладаються.
cli-site-no-sitemap = Файл sitemap.xml не створено: для карти сайту потрібні абсолютні адреси; щоб створити її, укажіть --base-url.
# { $url } — те, що вказано після --base-url.
cli-error-base-url = «{ $url }» не є базовою URL-адресою: укажіть адресу http або https без рядка запиту, наприклад https://example.org/http/.

## httpstatus pages: статичні сторінки помилок і фрагменти конфігурації серверів для зворотних проксі.

# Перебіг роботи, один рядок на локаль: «[3/30] ru: 80 сторінок». { $done } і { $total }
# лічать локалі, { $tag } — мовний тег, { $count } — кількість сторінок (усі форми).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } сторінка
        [few] { $count } сторінки
        [many] { $count } сторінок
       *[other] { $count } сторінки
    }
# Останній рядок httpstatus pages: { $written } записаних файлів (усі форми), { $unchanged }
# файлів, залишених як були, { $path } — тека з результатом.
cli-pages-done = Записано { $written ->
        [one] { $written } файл
        [few] { $written } файли
        [many] { $written } файлів
       *[other] { $written } файлу
    }, { $unchanged } без змін у теці { $path }.
# Показується перед останнім рядком, якщо попередній запуск у ту саму теку записав сторінки (або
# файли сервера), які цей запуск більше не записує, бо запитано менше кодів, локалей чи форматів:
# { $count } видалених файлів (усі форми).
cli-pages-removed = { $count ->
        [one] Видалено { $count } файл попереднього запуску, який поточний запуск більше не записує.
        [few] Видалено { $count } файли попереднього запуску, які поточний запуск більше не записує.
        [many] Видалено { $count } файлів попереднього запуску, які поточний запуск більше не записує.
       *[other] Видалено { $count } файлу попереднього запуску, які поточний запуск більше не записує.
    }
# Один рядок на кожен записаний файл конфігурації сервера: оператор має підключити його
# (include); { $path } — файл.
cli-pages-snippet = Підключіть у конфігурації: { $path }
# { $tag } указано в --locales, а такої локалі в каталозі немає. «httpstatus locales» не перекладається.
cli-error-pages-locale = Немає локалі, що відповідає «{ $tag }»; усі локалі перелічує «httpstatus locales».
# { $input } — значення --codes, що не є ні кодом помилки, ні 4xx чи 5xx. Числа 400 і 599,
# а також 4xx і 5xx залиште як є.
cli-error-pages-code = «{ $input }» не є кодом помилки: укажіть коди від 400 до 599, 4xx або 5xx.
# { $input } — значення --format, що не є ні html, ні json. html і json не перекладаються.
cli-error-pages-format = «{ $input }» не є форматом сторінок: укажіть html, json або обидва.
# { $path }, тека, яку назвала б конфігурація сервера, містить символи, неприпустимі у файлах
# конфігурації, або не є абсолютним шляхом. --install-dir не перекладається.
cli-error-pages-install-dir = Шлях { $path } не можна записати в конфігурацію сервера: укажіть у --install-dir абсолютний шлях без лапок, фігурних дужок, крапок з комою та знаків долара.

## httpstatus serve: сервер сторінок помилок.

# Перший рядок httpstatus serve, у stderr. { $address } — наприклад, 127.0.0.1:8080; залиште
# «http://{ $address }» одним шматком, його читають скрипти. { $locales } — кількість мов
# (орудний відмінок: 1 мовою, 2 мовами, 5 мовами, 1,5 мови).
cli-serve-listening = Сторінки помилок доступні за адресою http://{ $address } { $locales ->
        [one] { $locales } мовою
        [few] { $locales } мовами
        [many] { $locales } мовами
       *[other] { $locales } мови
    }; /healthz відповідає на перевірки стану.
# Після SIGTERM або Ctrl-C.
cli-serve-stopping = Зупинка: завершується обробка поточних запитів.
# { $address }, указана після --listen, не є адресою. Приклади адрес і їхні числа залиште
# як є.
cli-error-serve-listen = «{ $address }» не є адресою для прослуховування; укажіть її у вигляді 127.0.0.1:8080 або [::1]:8080.
# Не вдалося почати прослуховування на { $address }; { $error } — повідомлення операційної
# системи, зазвичай англійською.
cli-error-serve-bind = Не вдалося почати прослуховування на { $address }: { $error }
