# Слова, используемые при выводе таблицы кодов состояния в документации.

docs-caption = Коды состояния HTTP
docs-intro = Все коды состояния из реестра кодов состояния HTTP организации IANA с указанием спецификации, в которой определён каждый из них.

# Заголовки столбцов таблицы кодов состояния.
docs-column-code = Код
docs-column-name = Перечисление имён
docs-column-details = Подробности
docs-column-phrase = Фраза причины
docs-column-title = Название
docs-column-description = Описание
docs-column-class = Класс
docs-column-lifecycle = Статус
docs-column-aliases = Другие имена

# Примечание в конце таблицы о том, откуда она взялась.
docs-generated = Создано из файлов локализации каталога командой «httpstatus docs». Не редактируйте вручную.
