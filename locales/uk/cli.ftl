# Назва цієї мови, записана цією мовою.
locale-name = Українська

# Підписи, які виводить утиліта командного рядка httpstatus.
cli-label-code = Код
cli-label-name = Ім’я
cli-label-aliases = Інші імена
cli-label-phrase = Пояснювальна фраза
cli-label-title = Назва
cli-label-description = Опис
cli-label-class = Клас
cli-label-lifecycle = Статус
cli-label-references = Визначено в
cli-label-locale = Мова
cli-label-cacheable = Кешується за замовчуванням
cli-label-no-content = Ніколи не має вмісту
cli-yes = так
cli-no = ні
cli-unregistered = Незареєстрований код статусу: описаний за своїм класом, як того вимагає RFC 9110.
