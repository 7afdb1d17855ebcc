# Palabras de la herramienta de línea de comandos httpstatus. Solo la herramienta lee este archivo.
# Mantenga las { $variables } tal cual; Fluent elige la forma del plural según el número, así que
# dé todas las formas que necesita el español (https://projectfluent.org/fluent/guide/selectors.html).

## Etiquetas de un código descrito: «Clase: 4xx (Error del cliente)».

cli-label-class = Clase
cli-label-name = Nombre
cli-label-aliases = Otros nombres
cli-label-phrase = Mensaje de estado
cli-label-lifecycle = Estado
cli-label-references = Definido en
cli-label-locale = Idioma
cli-label-cacheable = Almacenable en caché por defecto
cli-label-no-content = Nunca tiene contenido
cli-yes = sí
cli-no = no
# La clase después de su etiqueta: «4xx (Error del cliente)». { $class } es algo como 4xx; { $title }, el
# nombre de la clase.
cli-class-value = { $class } ({ $title })
# Una referencia a una especificación después de su etiqueta: «RFC 9110, sección 15.5.5 — Semántica de HTTP».
# { $citation } es la cita; { $title }, el título de la especificación.
cli-reference-value = { $citation } — { $title }
# Se muestra bajo un código que no está registrado, como 299.
cli-unregistered = No es un código de estado registrado: se describe según su clase, como exige la RFC 9110.
# Se muestra bajo 306, que el registro mantiene reservado.
cli-reserved = Reservado en el registro y ya sin uso: se describe según su clase, como exige la RFC 9110.

## Lista de una clase: «httpstatus 4xx». { $class } es «4xx»; { $title }, el nombre de la clase.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } código registrado
        [many] { $count } códigos registrados
       *[other] { $count } códigos registrados
    }

## Errores en la línea de comandos. { $input } es lo que se escribió.

cli-error-out-of-range = { $input } no es un código de estado HTTP: los códigos van del 100 al 599.
cli-error-unknown-name = «{ $input }» no es un código de estado ni un nombre de estado conocido.
# El mismo error cuando hay un nombre parecido a lo que se escribió: { $name } es algo como NOT_FOUND.
cli-error-unknown-name-did-you-mean = «{ $input }» no es un código de estado ni un nombre de estado conocido. ¿Quería decir { $name }?
cli-error-bad-tag = «{ $tag }» no es una etiqueta de idioma; escriba una como en, ru o pt-BR.
# { $requested } es la etiqueta pedida; { $chosen }, el idioma que se usa en su lugar, y { $name }, su nombre.
cli-warning-no-locale = Ningún idioma coincide con «{ $requested }»; se usa { $chosen } ({ $name }).
cli-error-no-folder = { $path } no es una carpeta que contenga carpetas de idioma.
cli-error-no-locale = No hay ninguna carpeta de idioma { $tag } en el disco, en { $path }.
cli-error-not-a-tag = «{ $tag }» no es una etiqueta de idioma en forma canónica; escríbala como pt-BR.
cli-error-exists = { $path } ya contiene archivos; añada --force para sobrescribirlos.
# { $error } es el mensaje del sistema operativo, normalmente en inglés.
cli-error-io = No se puede escribir { $path }: { $error }

## Carga de carpetas de idioma desde el disco (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } advertencia
        [many] { $count } advertencias
       *[other] { $count } advertencias
    } en { $path }; «httpstatus check» muestra la lista.

## httpstatus check

# Una línea por idioma: «ru: 187/187 traducidos, 0 sin traducir, 0 desactualizados».
cli-check-locale = { $tag }: { $translated }/{ $total } { $translated ->
        [one] traducido
        [many] traducidos
       *[other] traducidos
    }, { $missing } sin traducir, { $stale } { $stale ->
        [one] desactualizado
        [many] desactualizados
       *[other] desactualizados
    }
# La última línea: «0 errores, 2 advertencias en 30 idiomas».
cli-check-summary = { $errors ->
        [one] { $errors } error
        [many] { $errors } errores
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } advertencia
        [many] { $warnings } advertencias
       *[other] { $warnings } advertencias
    } en { $locales ->
        [one] { $locales } idioma
        [many] { $locales } idiomas
       *[other] { $locales } idiomas
    }
cli-check-recorded = Se ha registrado el texto en inglés actual de { $tag } en { $path }.

## httpstatus locales: el estado de cada idioma.

cli-locale-current = completo, al día
cli-locale-stale = completo, { $stale ->
        [one] { $stale } mensaje desactualizado
        [many] { $stale } mensajes desactualizados
       *[other] { $stale } mensajes desactualizados
    }
cli-locale-partial = parcial: { $missing } sin traducir, { $stale } { $stale ->
        [one] desactualizado
        [many] desactualizados
       *[other] desactualizados
    }
cli-locale-pseudo = pseudoidioma, generado a partir del inglés
cli-locale-from-disk = (desde el disco)

## httpstatus template

cli-template-wrote = Se ha escrito { $path }
cli-template-next = Siguiente paso: traduzca y luego ejecute «httpstatus check --locales-dir { $path } --update-source { $tag }».

## httpstatus docs --out-dir: progreso, una línea por archivo.

cli-docs-written = [{ $done }/{ $total }] { $path } escrito
cli-docs-unchanged = [{ $done }/{ $total }] { $path } sin cambios

## httpstatus site

# Después de escribir el sitio: «1985 archivos para 30 idiomas en site/». { $files } es el número
# de archivos y { $languages }, el de idiomas (dé todas las formas del plural de ambos); { $path },
# la carpeta de salida.
cli-site-written = { $files ->
        [one] { $files } archivo
        [many] { $files } archivos
       *[other] { $files } archivos
    } para { $languages ->
        [one] { $languages } idioma
        [many] { $languages } idiomas
       *[other] { $languages } idiomas
    } en { $path }
# Se muestra después de la línea anterior cuando no se indicó --base-url. Mantenga «--base-url» y
# «sitemap.xml».
cli-site-no-sitemap = No se ha escrito sitemap.xml: un mapa del sitio necesita direcciones absolutas; añada --base-url para generarlo.
# { $url } es lo que se indicó después de --base-url.
cli-error-base-url = «{ $url }» no es una URL base: indique una dirección http o https sin cadena de consulta, como https://example.org/http/.

## httpstatus pages: páginas de error estáticas y fragmentos de configuración del servidor para proxies inversos.

# Progreso, una línea por idioma: «[3/30] ru: 80 páginas». { $done } y { $total } cuentan los idiomas;
# { $tag } es una etiqueta de idioma, y { $count }, el número de páginas (dé todas las formas del plural).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } página
        [many] { $count } páginas
       *[other] { $count } páginas
    }
# La última línea de httpstatus pages: { $written } archivos escritos (dé todas las formas del plural),
# { $unchanged } archivos que quedaron igual, { $path } la carpeta de salida.
cli-pages-done = { $written ->
        [one] { $written } archivo escrito
        [many] { $written } archivos escritos
       *[other] { $written } archivos escritos
    }, { $unchanged } sin cambios en { $path }.
# Se muestra antes de la última línea cuando una ejecución anterior en la misma carpeta escribió páginas
# (o archivos del servidor) que la ejecución actual ya no escribe, porque se pidieron menos códigos, idiomas
# o formatos: se eliminaron { $count } archivos (dé todas las formas del plural).
cli-pages-removed = { $count ->
        [one] Se eliminó { $count } archivo que escribió una ejecución anterior y que la actual ya no escribe.
        [many] Se eliminaron { $count } archivos que escribió una ejecución anterior y que la actual ya no escribe.
       *[other] Se eliminaron { $count } archivos que escribió una ejecución anterior y que la actual ya no escribe.
    }
# Una línea por cada archivo de configuración del servidor escrito, que indica al operador que lo incluya;
# { $path } es el archivo.
cli-pages-snippet = Incluya: { $path }
# { $tag } se indicó en --locales y el catálogo no tiene ese idioma. Mantenga «httpstatus locales».
cli-error-pages-locale = Ningún idioma coincide con «{ $tag }»; «httpstatus locales» muestra la lista.
# { $input } es un valor de --codes que no es un código de error ni 4xx o 5xx. Mantenga los números
# 400 y 599, y 4xx y 5xx, tal cual.
cli-error-pages-code = «{ $input }» no es un código de error: indique códigos del 400 al 599, 4xx o 5xx.
# { $input } es un valor de --format que no es html ni json. Mantenga html y json.
cli-error-pages-format = «{ $input }» no es un formato de página: indique html, json o ambos.
# { $path }, la carpeta que nombraría la configuración del servidor, contiene caracteres que los archivos
# de configuración no admiten, o no es absoluta. Mantenga --install-dir.
cli-error-pages-install-dir = { $path } no puede figurar en una configuración del servidor: indique con --install-dir una ruta absoluta sin comillas, llaves, puntos y comas ni signos de dólar.

## httpstatus serve: el servidor de páginas de error.

# La línea de inicio de httpstatus serve, en stderr. { $address } es algo como 127.0.0.1:8080; mantenga
# «http://{ $address }» en una sola pieza, porque los scripts lo leen. { $locales } es el número de idiomas.
cli-serve-listening = Se sirven páginas de error en { $locales ->
        [one] { $locales } idioma
        [many] { $locales } idiomas
       *[other] { $locales } idiomas
    } en http://{ $address }; /healthz responde a las sondas.
# Después de SIGTERM o Ctrl-C.
cli-serve-stopping = Deteniendo: finalizando las solicitudes en curso.
# { $address }, indicado después de --listen, no es una dirección. Mantenga las direcciones de ejemplo y
# sus números tal cual.
cli-error-serve-listen = «{ $address }» no es una dirección en la que escuchar; escríbala como 127.0.0.1:8080 o [::1]:8080.
# No se pudo escuchar en { $address }; { $error } es el mensaje del sistema operativo, normalmente en inglés.
cli-error-serve-bind = No se puede escuchar en { $address }: { $error }
