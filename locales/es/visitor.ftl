# Lo que una página de error le dice a un visitante que no es desarrollador: para cada error del cliente (4xx)
# y del servidor (5xx), un mensaje breve que encabeza la página y la acción que se le sugiere.
# Escriba para cualquier persona que use un sitio web: sin jerga («solicitud» está bien; «upstream» o «POST», no),
# dirigiéndose al visitante de usted, con una o dos frases cortas en cada caso. La descripción técnica de cada
# código (status.ftl) aparece debajo, en «Detalles técnicos».
# Mantenga un tono tranquilo y nunca culpe al visitante.

## Errores del cliente (4xx): algo relacionado con la solicitud. visitor-NNN encabeza la página;
## visitor-NNN-action dice qué puede hacer el visitante.

visitor-400 = El sitio no pudo entender la solicitud que envió su navegador.
visitor-400-action = Vuelva atrás e inténtelo de nuevo. Si el problema continúa, borre las cookies de este sitio o use otro navegador.
visitor-401 = Debe iniciar sesión para ver esta página.
visitor-401-action = Inicie sesión y vuelva a intentarlo.
visitor-402 = Este contenido requiere un pago o una suscripción.
visitor-402-action = Revise su suscripción o sus datos de pago en este sitio.
visitor-403 = No tiene permiso para ver esta página.
visitor-403-action = Si cree que debería tener acceso, póngase en contacto con el responsable del sitio.
visitor-404 = No pudimos encontrar la página que busca.
visitor-404-action = Compruebe que la dirección no tenga errores de escritura o vuelva a empezar desde la página de inicio.
visitor-405 = Esta página no admite la forma en que su navegador acaba de intentar usarla.
visitor-405-action = Vuelva a la página anterior e inténtelo de nuevo desde allí.
visitor-406 = El sitio no tiene ninguna versión de esta página en un formato o idioma que su navegador acepte.
visitor-406-action = Inténtelo con otro navegador o cambie la configuración de idioma de su navegador.
visitor-407 = La red que está usando le pide que inicie sesión antes de poder acceder a este sitio.
visitor-407-action = Inicie sesión en su red y vuelva a intentarlo.
visitor-408 = El sitio esperó demasiado tiempo a que su navegador terminara de enviar la solicitud.
visitor-408-action = Inténtelo de nuevo. Si su conexión es lenta, espere un momento antes de hacerlo.
visitor-409 = Su cambio entra en conflicto con el estado actual de esta página, quizá porque otra persona la modificó antes.
visitor-409-action = Vuelva a cargar la página para ver la versión más reciente y haga de nuevo su cambio.
visitor-410 = Esta página se eliminó de forma permanente.
visitor-410-action = Vuelva a empezar desde la página de inicio o busque contenido similar en el sitio.
visitor-411 = Su navegador envió la solicitud de una forma que el sitio no puede aceptar.
visitor-411-action = Inténtelo de nuevo. Si el problema continúa, use otro navegador.
visitor-412 = Esta página cambió desde la última vez que su navegador la cargó, así que no se realizó ninguna acción.
visitor-412-action = Vuelva a cargar la página e inténtelo de nuevo.
visitor-413 = Lo que intentó enviar supera el tamaño que admite este sitio.
visitor-413-action = Pruebe con un archivo más pequeño o envíe menos contenido a la vez.
visitor-414 = La dirección web es demasiado larga para que el sitio pueda procesarla.
visitor-414-action = Compruebe la dirección, o vuelva atrás y siga el enlace de nuevo.
visitor-415 = El sitio no acepta este tipo de archivo o de datos.
visitor-415-action = Inténtelo de nuevo con un archivo en otro formato.
visitor-416 = La parte del archivo que pidió su navegador no existe.
visitor-416-action = Vuelva a iniciar la descarga desde el principio.
visitor-417 = El sitio no puede cumplir una condición que su navegador estableció para esta solicitud.
visitor-417-action = Inténtelo de nuevo. Si el problema continúa, use otro navegador.
visitor-418 = Este servidor es una tetera, y las teteras no hacen café.
visitor-418-action = Pruebe con una cafetera.
visitor-421 = Su solicitud llegó a un servidor que no puede responder por este sitio.
visitor-421-action = Vuelva a cargar la página dentro de un momento.
visitor-422 = El sitio entendió lo que envió, pero una parte no es válida.
visitor-422-action = Revise lo que escribió, corríjalo y vuelva a enviarlo.
visitor-423 = Este elemento está bloqueado porque se está usando o editando.
visitor-423-action = Espere un rato y vuelva a intentarlo.
visitor-424 = Esta operación no se pudo completar porque falló un paso del que depende.
visitor-424-action = Repita la operación completa.
visitor-425 = Por su seguridad, el sitio todavía no ha procesado esta solicitud.
visitor-425-action = Inténtelo de nuevo.
visitor-426 = El sitio necesita una conexión más moderna y segura que la que usó su navegador.
visitor-426-action = Actualice su navegador o aplicación y vuelva a intentarlo.
visitor-428 = Para no sobrescribir los cambios de otra persona, el sitio necesita saber qué versión está editando.
visitor-428-action = Vuelva a cargar la página y haga de nuevo su cambio.
visitor-429 = El sitio recibió demasiadas solicitudes suyas en poco tiempo.
visitor-429-action = Espere un rato y vuelva a intentarlo.
visitor-431 = Su navegador envió demasiada información adicional con la solicitud, a menudo debido a cookies de gran tamaño.
visitor-431-action = Borre las cookies de este sitio y vuelva a intentarlo.
visitor-451 = Esta página no está disponible aquí por motivos legales.
visitor-451-action = Vuelva a empezar desde la página de inicio; puede que el sitio explique el motivo en otra parte.

## Errores del servidor (5xx): algo salió mal en el sitio, no en el lado del visitante.

visitor-500 = Algo salió mal en el sitio.
visitor-500-action = Inténtelo de nuevo en unos minutos. Si el problema continúa, avise al responsable del sitio.
visitor-501 = El sitio no puede hacer lo que le pidió su navegador.
visitor-501-action = Vuelva a la página anterior.
visitor-502 = El sitio no recibió una respuesta válida de otro servidor del que depende.
visitor-502-action = Inténtelo de nuevo en unos minutos.
visitor-503 = El sitio no puede atender su solicitud en este momento.
visitor-503-action = Inténtelo de nuevo en unos minutos.
visitor-504 = El sitio esperó demasiado tiempo la respuesta de otro servidor del que depende.
visitor-504-action = Inténtelo de nuevo en unos minutos.
visitor-505 = El sitio no admite el tipo de conexión que usó su navegador.
visitor-505-action = Actualice su navegador o aplicación y vuelva a intentarlo.
visitor-506 = La configuración del sitio le impide elegir qué versión de esta página mostrar.
visitor-506-action = Avise al responsable del sitio.
visitor-507 = El sitio se quedó sin espacio de almacenamiento para su solicitud.
visitor-507-action = Inténtelo más tarde o avise al responsable del sitio.
visitor-508 = El sitio entró en un bucle al procesar su solicitud.
visitor-508-action = Avise al responsable del sitio.
visitor-510 = El sitio necesita más información en la solicitud para poder procesarla.
visitor-510-action = Avise al responsable del sitio.
visitor-511 = Debe iniciar sesión en la red antes de poder usar Internet.
visitor-511-action = Abra cualquier página web para llegar a la página de inicio de sesión de la red e inicie sesión.

## Los códigos sin mensaje propio (como 499 o 599) usan el de su clase.

visitor-4xx = Hubo un problema con la solicitud, así que el sitio no pudo completarla.
visitor-4xx-action = Compruebe la dirección, o vuelva atrás e inténtelo de nuevo.
visitor-5xx = Algo salió mal en el sitio.
visitor-5xx-action = Inténtelo de nuevo en unos minutos.
