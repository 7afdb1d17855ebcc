# Palabras que se usan cuando la tabla de estados se genera como documentación.

docs-caption = Códigos de estado HTTP
docs-intro = Todos los códigos de estado del registro de códigos de estado HTTP de la IANA, con la especificación que define cada uno.

# Encabezados de columna de la tabla de estados.
docs-column-code = Código
docs-column-name = Nombre de enumeración
docs-column-details = Detalles
docs-column-phrase = Mensaje de estado
docs-column-title = Título
docs-column-description = Descripción
docs-column-class = Clase
docs-column-lifecycle = Estado
docs-column-aliases = Otros nombres

# Nota al final de una tabla generada que indica de dónde procede.
docs-generated = Generado a partir de los archivos de idioma del catálogo con «httpstatus docs». No lo edite a mano.
