# El nombre de este idioma, escrito en este idioma.
locale-name = Español

# Etiquetas que muestra la herramienta de línea de comandos httpstatus.
cli-label-code = Código
cli-label-name = Nombre
cli-label-aliases = Otros nombres
cli-label-phrase = Frase de motivo
cli-label-title = Título
cli-label-description = Descripción
cli-label-class = Clase
cli-label-lifecycle = Estado
cli-label-references = Definido en
cli-label-locale = Idioma
cli-label-cacheable = Almacenable en caché por defecto
cli-label-no-content = Nunca tiene contenido
cli-yes = sí
cli-no = no
cli-unregistered = No es un código de estado registrado: se describe según su clase, como exige la RFC 9110.
