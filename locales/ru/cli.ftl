# Название этого языка, записанное на этом языке.
locale-name = Русский

# Подписи, которые выводит утилита командной строки httpstatus.
cli-label-code = Код
cli-label-name = Имя
cli-label-aliases = Другие имена
cli-label-phrase = Фраза причины
cli-label-title = Название
cli-label-description = Описание
cli-label-class = Класс
cli-label-lifecycle = Статус
cli-label-references = Определён в
cli-label-locale = Язык
cli-label-cacheable = Кешируется по умолчанию
cli-label-no-content = Никогда не имеет содержимого
cli-yes = да
cli-no = нет
cli-unregistered = Незарегистрированный код состояния: описан по своему классу, как того требует RFC 9110.
