# Títulos y descripciones de las cinco clases de códigos de estado HTTP, designadas por su primer dígito.
# También describen los códigos no registrados, que según la RFC 9110 deben tratarse como el código x00 de su clase.

class-1xx-title = Informativo
class-1xx-description = Una respuesta intermedia: la solicitud se ha recibido y el servidor aún la está procesando. El cliente debe esperar la respuesta definitiva, que llegará a continuación.
class-2xx-title = Éxito
class-2xx-description = La solicitud se ha recibido, entendido y aceptado correctamente.
class-3xx-title = Redirección
class-3xx-description = El cliente debe realizar otra acción para completar la solicitud, normalmente seguir una redirección a otra dirección.
class-4xx-title = Error del cliente
class-4xx-description = La solicitud contiene un error, como una sintaxis incorrecta, o no puede atenderse tal como se envió. El cliente debe corregirla antes de volver a intentarlo.
class-5xx-title = Error del servidor
class-5xx-description = El servidor no pudo atender una solicitud que parece válida. El problema está en el servidor, y volver a intentarlo más tarde puede ayudar.
