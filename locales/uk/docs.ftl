# Слова, що використовуються, коли таблицю кодів статусу виводять як документацію.

docs-caption = Коди статусу HTTP
docs-intro = Усі коди статусу з реєстру кодів статусу HTTP організації IANA разом зі специфікацією, що визначає кожен із них.

# Заголовки стовпців таблиці кодів статусу.
docs-column-code = Код
docs-column-name = Ім’я в переліку
docs-column-details = Подробиці
docs-column-phrase = Пояснювальна фраза
docs-column-title = Назва
docs-column-description = Опис
docs-column-class = Клас
docs-column-lifecycle = Статус
docs-column-aliases = Інші імена

# Примітка в кінці виведеної таблиці про те, звідки вона походить.
docs-generated = Згенеровано з файлів локалізації каталогу командою «httpstatus docs». Не редагуйте вручну.
