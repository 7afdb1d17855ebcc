# Palabras de la página de error HTML que una aplicación web muestra a sus usuarios.

# Etiqueta delante del código y del mensaje de estado transmitido: «Estado HTTP: 404 Not Found».
page-status-label = Estado HTTP
# El enlace de vuelta a la página de inicio del sitio.
page-home-link = Ir a la página de inicio
# El botón que vuelve a cargar la página; aparece en los errores que pueden resolverse solos
# (408, 425, 429 y errores del servidor).
page-try-again = Volver a intentarlo
# El encabezado del pequeño bloque con el código, el ID de la solicitud y la descripción técnica.
page-technical-details = Detalles técnicos
# Etiqueta del identificador de la solicitud, que el personal de soporte usa para encontrarla en los registros.
page-request-id = ID de la solicitud
# Etiqueta de la dirección (ruta y consulta) que pidió el visitante, tal como la indica el proxy
# inverso situado delante del sitio (X-Original-URI); el valor se muestra tal como se envió, de izquierda a derecha.
page-original-uri = Dirección solicitada
# Etiqueta de los métodos que acepta una página, tomados del encabezado Allow de la respuesta (405).
page-allowed-methods = Métodos permitidos
# Cuando el sitio indica cuándo volver a intentarlo (el encabezado Retry-After): un número de segundos,
# minutos u horas, escrito con el símbolo de la unidad para que no haga falta ninguna forma de plural.
# Use { $count } exactamente una vez. Entre el número y el símbolo va un espacio de no separación.
page-retry-seconds = Puede volver a intentarlo en { $count } s.
page-retry-minutes = Puede volver a intentarlo en { $count } min.
page-retry-hours = Puede volver a intentarlo en { $count } h.
