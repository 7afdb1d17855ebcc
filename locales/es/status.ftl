# Títulos y descripciones, pensados para personas, de todos los códigos de estado HTTP registrados.
# Las frases que se transmiten por la red están en wire.ftl; los títulos de aquí solo pueden diferir de ellas en la forma.

## 1xx Informativo

status-100-title = Continuar
status-100-description = El servidor ha recibido el comienzo de la solicitud y el cliente debe seguir enviando el resto. Suele responder a una solicitud que preguntaba, con un encabezado Expect, si el servidor aceptaría el contenido antes de enviarlo.
status-101-title = Cambio de protocolo
status-101-description = El servidor acepta la solicitud Upgrade del cliente y cambia la conexión a otro protocolo, como WebSocket. Todo lo que sigue a esta respuesta en la conexión usa el nuevo protocolo.
status-102-title = Procesando
status-102-description = Una respuesta intermedia con la que el servidor indicaba al cliente que había aceptado una solicitud WebDAV larga y seguía trabajando en ella. Este código está en desuso: la especificación WebDAV posterior lo eliminó, así que los clientes no deben depender de él.
status-103-title = Indicaciones tempranas
status-103-description = Una respuesta intermedia que se envía antes de la definitiva, normalmente con encabezados Link, para que el cliente pueda empezar a precargar recursos mientras el servidor prepara su respuesta. Es experimental, y un cliente que no use las indicaciones puede simplemente ignorarla.
status-104-title = Reanudación de subidas admitida
status-104-description = Una respuesta intermedia en la que el servidor indica que admite subidas reanudables y dónde se encuentra la subida, para que una subida interrumpida pueda continuar en lugar de empezar de nuevo. Es un registro provisional para el borrador «Subidas reanudables para HTTP» y puede cambiar o caducar.

## 2xx Éxito

status-200-title = OK
status-200-description = La solicitud se ha completado con éxito. Lo que contiene la respuesta depende del método: para GET es el recurso solicitado; para POST, normalmente el resultado de la acción.
status-201-title = Creado
status-201-description = La solicitud se ha completado con éxito y ha creado uno o varios recursos nuevos. El recurso nuevo principal suele identificarse en el encabezado Location de la respuesta.
status-202-title = Aceptado
status-202-description = La solicitud se ha aceptado para procesarla, pero el procesamiento no ha terminado y aún puede fallar. Es habitual en tareas en cola o en segundo plano; la respuesta suele indicar dónde consultar el progreso.
status-203-title = Información no autoritativa
status-203-description = La solicitud se ha completado con éxito, pero un proxy de transformación ha modificado el contenido, así que no es exactamente lo que envió el servidor de origen.
status-204-title = Sin contenido
status-204-description = La solicitud se ha completado con éxito y no hay nada que devolver. El navegador se queda en la página actual, y un cliente de API no debe esperar un cuerpo de respuesta.
status-205-title = Restablecer contenido
status-205-description = La solicitud se ha completado con éxito y el cliente debe restablecer la vista desde la que se envió, por ejemplo vaciar un formulario para poder introducir datos nuevos. La respuesta no tiene contenido.
status-206-title = Contenido parcial
status-206-description = El servidor envía solo las partes del recurso que el cliente pidió con un encabezado Range. Así es como se reanudan las descargas y como los reproductores multimedia saltan a una posición de un archivo.
status-207-title = Multiestado
status-207-description = Una respuesta de WebDAV que informa de un estado distinto para cada uno de varios recursos u operaciones, en un cuerpo XML. Compruebe cada estado del cuerpo en lugar del código general.
status-208-title = Ya informado
status-208-description = Se usa dentro de una respuesta multiestado de WebDAV para indicar que los miembros de una colección ya se enumeraron antes en la misma respuesta y no se repiten. Evita que un recurso accesible mediante varios vínculos se enumere muchas veces.
status-226-title = IM usado
status-226-description = El servidor ha atendido una solicitud GET, y la respuesta es el resultado de una o varias manipulaciones de instancia, como un delta, aplicadas a la versión actual del recurso. Pertenece a la extensión de codificación delta de HTTP.

## 3xx Redirección

status-300-title = Múltiples opciones
status-300-description = El recurso tiene varias representaciones, cada una con su propia dirección, y el usuario o el cliente debe elegir una. El servidor puede indicar su opción preferida en el encabezado Location.
status-301-title = Movido permanentemente
status-301-description = El recurso se ha movido permanentemente a la dirección indicada en el encabezado Location, y los enlaces y marcadores deben actualizarse para que apunten a ella. Al seguir la redirección, los clientes pueden convertir un POST en un GET; 308 es la variante que conserva el método.
status-302-title = Encontrado
status-302-description = El recurso está temporalmente en la dirección indicada en el encabezado Location, y las solicitudes futuras deben seguir usando la dirección original. Al seguir la redirección, los clientes pueden convertir un POST en un GET; 307 es la variante que conserva el método.
status-303-title = Ver otro
status-303-description = El servidor envía al cliente a otro recurso, indicado en el encabezado Location, que debe obtenerse con GET. Se usa a menudo tras enviar un formulario, para mostrar una página de resultado.
status-304-title = No modificado
status-304-description = Una solicitud condicional ha determinado que el recurso no ha cambiado desde la versión que ya tiene el cliente, así que este puede usar su copia en caché. La respuesta no tiene contenido.
status-305-title = Usar proxy
status-305-description = Antes indicaba al cliente que repitiera la solicitud a través del proxy indicado en el encabezado Location. Está en desuso por motivos de seguridad, ya que permitía a un servidor desviar el tráfico de un cliente a través de cualquier proxy, y los clientes actuales no lo tienen en cuenta.
status-307-title = Redirección temporal
status-307-description = El recurso está temporalmente en la dirección indicada en el encabezado Location, y el cliente debe repetir allí la solicitud con el mismo método y el mismo contenido. Las solicitudes futuras deben seguir dirigiéndose a la dirección original.
status-308-title = Redirección permanente
status-308-description = El recurso se ha movido permanentemente a la dirección indicada en el encabezado Location, y el cliente debe repetir allí la solicitud con el mismo método y el mismo contenido. Las solicitudes futuras deben usar la nueva dirección.

## 4xx Error del cliente

status-400-title = Solicitud incorrecta
status-400-description = El servidor no puede o no quiere procesar la solicitud por algo que considera un error del cliente, como una sintaxis mal formada o un mensaje no válido. Corrija la solicitud antes de volver a enviarla.
status-401-title = No autenticado
status-401-description = La solicitud no incluye credenciales válidas para el recurso. El encabezado WWW-Authenticate de la respuesta indica cómo autenticarse; inicie sesión o envíe credenciales y vuelva a intentarlo.
status-402-title = Pago requerido
status-402-description = Reservado para uso futuro; HTTP no define su significado. Algunos servicios lo usan de manera informal para indicar que se necesita un pago o una suscripción.
status-403-title = Prohibido
status-403-description = El servidor ha entendido la solicitud, pero se niega a llevarla a cabo. A diferencia de 401, volver a iniciar sesión con las mismas credenciales no servirá de nada: el cliente no tiene permiso para este recurso.
status-404-title = No encontrado
status-404-description = El servidor no tiene nada en esta dirección, o no quiere revelar que haya algo en ella. Compruebe que la dirección no tenga errores de escritura; puede que la página se haya movido o eliminado.
status-405-title = Método no permitido
status-405-description = El recurso existe, pero no acepta el método de la solicitud, por ejemplo un POST a una página de solo lectura. El encabezado Allow de la respuesta enumera los métodos que sí acepta.
status-406-title = No aceptable
status-406-description = El servidor no tiene ninguna versión del recurso que coincida con lo que el cliente dijo aceptar en sus encabezados Accept, como el tipo de medio o el idioma, y no enviará una versión predeterminada.
status-407-title = Autenticación de proxy requerida
status-407-description = Como 401, pero el cliente debe autenticarse primero ante un proxy situado entre él y el servidor. El encabezado Proxy-Authenticate de la respuesta indica cómo hacerlo.
status-408-title = Tiempo de espera de la solicitud agotado
status-408-description = El servidor no recibió una solicitud completa en el tiempo que estaba dispuesto a esperar y cierra la conexión. El cliente puede volver a enviar la solicitud en una conexión nueva.
status-409-title = Conflicto
status-409-description = La solicitud entra en conflicto con el estado actual del recurso, por ejemplo una modificación basada en una versión desactualizada. Resuelva el conflicto, a menudo obteniendo la última versión, y vuelva a intentarlo.
status-410-title = Ya no disponible
status-410-description = El recurso estaba aquí, pero se eliminó a propósito y no va a volver; no se conoce ninguna dirección nueva. Los enlaces a él deben eliminarse.
status-411-title = Longitud requerida
status-411-description = El servidor rechaza la solicitud porque no tiene encabezado Content-Length. Vuelva a enviarla indicando la longitud de su contenido.
status-412-title = Precondición fallida
status-412-description = Una condición de los encabezados de la solicitud, como If-Match o If-Unmodified-Since, resultó ser falsa en el servidor. Normalmente evita sobrescribir un recurso que otra persona ha modificado mientras tanto.
status-413-title = Contenido demasiado grande
status-413-description = El contenido de la solicitud es mayor de lo que el servidor quiere o puede procesar. Envíe menos datos; si el límite es solo temporal, el encabezado Retry-After puede indicar cuándo volver a intentarlo.
status-414-title = URI demasiado largo
status-414-description = La dirección solicitada es más larga de lo que el servidor está dispuesto a interpretar. Suele deberse a poner demasiados datos en la cadena de consulta; envíe esos datos en el cuerpo de la solicitud.
status-415-title = Tipo de medio no admitido
status-415-description = El servidor rechaza la solicitud porque su contenido está en un formato, o usa una codificación, que el recurso no admite para este método. Compruebe los encabezados Content-Type y Content-Encoding.
status-416-title = Rango no satisfacible
status-416-description = No se puede servir ninguno de los rangos pedidos en el encabezado Range, por ejemplo porque empiezan más allá del final del recurso. La respuesta suele indicar la longitud actual del recurso en un encabezado Content-Range.
status-417-title = Expectativa fallida
status-417-description = El servidor no puede cumplir la expectativa indicada en el encabezado Expect de la solicitud. El cliente puede volver a enviar la solicitud sin ese encabezado.
status-418-title = Soy una tetera
status-418-description = Reservado y sin uso en HTTP. Procede del Protocolo de control de cafeteras de hipertexto, una broma del 1 de abril en la que una tetera se niega a preparar café, y algunos servidores aún lo envían como huevo de Pascua.
status-421-title = Solicitud mal dirigida
status-421-description = La solicitud llegó a un servidor que no puede generar una respuesta para su dirección, por ejemplo porque una conexión reutilizada lleva a un servidor que no está configurado para ese nombre de host. El cliente puede reintentarlo por otra conexión.
status-422-title = Contenido no procesable
status-422-description = El servidor entiende el tipo de contenido y la sintaxis es correcta, pero no puede actuar según lo que indica el contenido, por ejemplo porque los datos no superan la validación. Corrija los datos antes de reintentarlo.
status-423-title = Bloqueado
status-423-description = El recurso WebDAV está bloqueado, así que no se le puede aplicar el método. Espere a que se libere el bloqueo o envíe el token de bloqueo si el bloqueo es suyo.
status-424-title = Dependencia fallida
status-424-description = No se pudo ejecutar el método sobre el recurso porque falló otra acción de la que dependía. En WebDAV ocurre, por ejemplo, cuando falla un cambio de un conjunto y, por eso, los demás no se aplican.
status-425-title = Demasiado pronto
status-425-description = El servidor no procesará una solicitud enviada como datos tempranos de TLS, porque un atacante podría reenviar esos datos. El cliente debe volver a enviar la solicitud cuando se haya completado el protocolo de enlace.
status-426-title = Actualización requerida
status-426-description = El servidor se niega a atender la solicitud con el protocolo actual, pero puede hacerlo cuando el cliente cambie a otro. El encabezado Upgrade de la respuesta indica los protocolos que requiere.
status-428-title = Precondición requerida
status-428-description = El servidor exige que la solicitud sea condicional, por ejemplo que lleve un encabezado If-Match, para que los cambios de distintos clientes no se sobrescriban entre sí. Obtenga la versión actual y vuelva a enviar la solicitud con una condición.
status-429-title = Demasiadas solicitudes
status-429-description = El cliente ha enviado demasiadas solicitudes en un período de tiempo determinado y se le está limitando la frecuencia. Reduzca el ritmo; el encabezado Retry-After puede indicar cuánto esperar.
status-431-title = Campos de encabezado de la solicitud demasiado grandes
status-431-description = El servidor no procesará la solicitud porque sus campos de encabezado, ya sea uno solo o todos juntos, son demasiado grandes. Reduzca los encabezados, por ejemplo borrando las cookies del sitio, y vuelva a intentarlo.
status-451-title = No disponible por motivos legales
status-451-description = El servidor deniega el acceso al recurso por una exigencia legal, como una orden judicial o la censura de un gobierno. La respuesta debería explicar en qué consiste la exigencia y quién la ha planteado.

## 5xx Error del servidor

status-500-title = Error interno del servidor
status-500-description = El servidor encontró una situación inesperada que le impidió atender la solicitud. El fallo está en el servidor; vuelva a intentarlo más tarde y, si el problema continúa, póngase en contacto con los administradores del sitio.
status-501-title = No implementado
status-501-description = El servidor no admite la funcionalidad necesaria para atender la solicitud, normalmente porque no reconoce en absoluto el método de la solicitud. A diferencia de 405, esto se aplica a todo el servidor y no a un solo recurso.
status-502-title = Puerta de enlace incorrecta
status-502-description = Un servidor que actúa como puerta de enlace o proxy recibió una respuesta no válida del servidor ascendente al que se conectó. El problema está entre los servidores, y volver a intentarlo más tarde puede ayudar.
status-503-title = Servicio no disponible
status-503-description = El servidor no puede atender la solicitud en este momento, normalmente porque está sobrecargado o en mantenimiento. Vuelva a intentarlo más tarde; el encabezado Retry-After puede indicar cuándo.
status-504-title = Tiempo de espera de la puerta de enlace agotado
status-504-description = Un servidor que actúa como puerta de enlace o proxy no recibió a tiempo una respuesta del servidor ascendente al que necesitaba acceder. Volver a intentarlo más tarde puede ayudar.
status-505-title = Versión de HTTP no admitida
status-505-description = El servidor no admite, o se niega a admitir, la versión principal de HTTP utilizada en la solicitud. El cliente debe volver a intentarlo con otra versión del protocolo.
status-506-title = La variante también negocia
status-506-description = El servidor está mal configurado para la negociación transparente de contenido: la variante que eligió está configurada a su vez para negociar, lo que no terminaría nunca. Este código procede de una especificación experimental y rara vez se ve.
status-507-title = Almacenamiento insuficiente
status-507-description = El servidor no puede almacenar lo que necesita para completar la solicitud, por ejemplo porque un disco o una cuota están llenos. En WebDAV esta situación se considera temporal.
status-508-title = Bucle detectado
status-508-description = El servidor detuvo una operación porque encontró un bucle infinito al procesar una solicitud WebDAV con profundidad infinita. Toda la operación ha fallado.
status-510-title = No extendido
status-510-description = La solicitud no incluía las declaraciones de extensión que el servidor exige según el marco de extensiones para HTTP. Este código está obsoleto: ese marco ha pasado a la categoría de histórico y el código no debe usarse.
status-511-title = Autenticación de red requerida
status-511-description = El cliente debe iniciar sesión para acceder a la red, normalmente en un portal cautivo de una red Wi-Fi pública; la respuesta procede de la red, no del sitio solicitado. Abra una página web e inicie sesión o acepte las condiciones de la red.
