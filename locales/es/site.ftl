# Palabras del sitio de referencia que genera «httpstatus site»: un índice por idioma (la tabla de
# estados con un índice de contenidos), una página por código de estado y una página raíz que
# enumera los idiomas. Solo las herramientas leen este archivo. Mantenga las { $variables } tal cual.
# Los nombres de enumeración (NOT_FOUND), los mensajes de estado transmitidos, los nombres de
# encabezado (Location) y los intercambios de ejemplo nunca se traducen y no están en este archivo.

## En todas las páginas

# El botón de la parte superior de cada página que abre la lista de idiomas (cada uno escrito en
# su propio idioma).
site-languages = Idiomas
# Un enlace para quienes usan el teclado; es el primero de cada página y solo se ve cuando tiene
# el foco: salta la cabecera y la lista de idiomas.
site-skip = Saltar al contenido
# El título de una página en la pestaña del navegador y en los resultados de búsqueda. { $page } es
# el título de la propia página («404 No encontrado»); { $site }, el nombre del sitio («Códigos de
# estado HTTP»). Separador: barra vertical con espacios, como en los sitios en español.
site-page-title = { $page } | { $site }
# La última línea de cada página.
site-footer = Generado a partir de los archivos de idioma de http-status-catalog. Los nombres de enumeración, los mensajes de estado y los intercambios de ejemplo se mantienen tal como los escribe HTTP.

## El índice de un idioma: la tabla de estados, agrupada por clase

# El encabezado del índice de contenidos, que enumera las cinco clases. («Contenido» ya es la
# etiqueta del cuerpo de la respuesta; por eso aquí «Índice».)
site-contents = Índice
# Después de una clase en el índice de contenidos: { $count } es cuántos códigos tiene (dé todas
# las formas del plural).
site-class-count = { $count ->
        [one] { $count } código
        [many] { $count } códigos
       *[other] { $count } códigos
    }

## La página de un código de estado

# El enlace de vuelta al índice, en la parte superior de la página.
site-all-codes = Todos los códigos de estado
# El encabezado de lo que una página de error le dice a un visitante que no es desarrollador, y
# de la acción que le sugiere (solo errores del cliente y del servidor). La descripción técnica
# va después del recuadro.
site-visitor = Lo que se le dice al visitante
# Etiquetas de la lista de datos de un código, cada una seguida de su valor.
site-label-class = Clase
# En qué punto de su vida está el código: estándar, experimental, en desuso, etc.
site-label-lifecycle = Estado
site-label-name = Nombre de enumeración
# Nombres que el código tuvo en especificaciones o bibliotecas anteriores (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Nombres anteriores
# El texto en inglés que sigue al código en la línea de estado de una respuesta («Not Found»).
site-label-phrase = Mensaje de estado
# Las secciones de las especificaciones que definen el código, cada una con su enlace.
site-label-references = Definido en
site-label-caching = Almacenamiento en caché
site-label-content = Contenido
# El valor de «Almacenamiento en caché» para un código que una caché puede guardar sin que se lo
# indiquen (la RFC 9110 lo llama «almacenable en caché heurísticamente»).
site-cacheable-yes = Almacenable en caché por defecto: una caché puede guardar esta respuesta y reutilizarla aunque sus encabezados no indiquen nada sobre su vigencia.
# El valor de «Almacenamiento en caché» para los demás códigos.
site-cacheable-no = No almacenable en caché por defecto: una caché solo guarda esta respuesta si sus encabezados lo permiten.
# El valor de «Contenido» para un código cuya respuesta nunca tiene contenido (1xx, 204, 205, 304).
site-no-content-yes = Nunca tiene contenido: la respuesta termina tras sus encabezados.
# El valor de «Contenido» para los demás códigos.
site-no-content-no = Puede tener contenido, por ejemplo, una página que explique el estado.
# El encabezado de un ejemplo de una solicitud y su respuesta.
site-example = Ejemplo de intercambio
# Debajo del ejemplo.
site-example-note = Una solicitud y, a continuación, la línea de estado y los encabezados de la respuesta que importan para este código. Se omite el contenido del mensaje.
# El nombre de los enlaces al código anterior y al siguiente, al final de la página, para los
# lectores de pantalla.
site-neighbours = Código anterior y siguiente

## La página raíz, que enumera todos los idiomas

# Su encabezado, que se muestra antes de la lista de idiomas (cada uno en su propio idioma) y
# también en las páginas del idioma.
site-root-heading = Elija un idioma
