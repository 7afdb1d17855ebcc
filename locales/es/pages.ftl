# Palabras de la página de error HTML que una aplicación web muestra a sus usuarios.

# Etiqueta delante del código y del mensaje de estado transmitido: «Estado HTTP: 404 Not Found».
page-status-label = Estado HTTP
# El enlace de vuelta a la página de inicio del sitio.
page-home-link = Ir a la página de inicio
