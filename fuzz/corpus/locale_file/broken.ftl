# A deliberately broken locale file, used by tests/fallback.rs.

status-404-title = Страница не найдена (из папки)
status-400-title = { -missing-term } запрос
this line is not Fluent
status-410-title = Удалено навсегда
status-410-title = Дубликат
wire-404 = Не найдено
status-500-description = { status-500-description }
