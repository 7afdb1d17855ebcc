# Títulos de las especificaciones que definen códigos de estado, y palabras que se usan
# al citarlas («RFC 9110, sección 15.5.5», «RFC 5842, sección 7.1 (experimental)»).
# Los números de RFC y de sección los añade el programa: no los escriba aquí.

spec-rfc9110 = Semántica de HTTP
spec-rfc2518 = Extensiones de HTTP para la edición distribuida (WebDAV)
spec-rfc4918 = Extensiones de HTTP para la edición distribuida y el control de versiones en la Web (WebDAV)
spec-rfc5842 = Extensiones de vinculación para WebDAV
spec-rfc3229 = Codificación delta en HTTP
spec-rfc8297 = Un código de estado HTTP para transmitir indicaciones
spec-rfc8470 = Uso de datos tempranos en HTTP
spec-rfc6585 = Códigos de estado HTTP adicionales
spec-rfc7725 = Un código de estado HTTP para informar de obstáculos legales
spec-rfc2295 = Negociación transparente de contenido en HTTP
spec-rfc2774 = Un marco de extensiones para HTTP
spec-rfc2324 = Protocolo de control de cafeteras de hipertexto (HTCPCP/1.0)
spec-draft-resumable-upload = Subidas reanudables para HTTP (Internet-Draft)

# Cómo se cita una sección de una especificación: «RFC 9110, sección 15.5.5». $spec es la
# especificación («RFC 9110») y $section, el número de sección; use cada variable exactamente una vez.
spec-citation = { $spec }, sección { $section }
# Cita de una RFC experimental: «RFC 5842, sección 7.1 (experimental)». { $citation } es la cita
# anterior; úsela exactamente una vez.
spec-citation-experimental = { $citation } (experimental)

# En qué punto de su ciclo de vida se encuentra un código de estado.
lifecycle-standard = Estándar
lifecycle-experimental = Experimental
lifecycle-provisional = Provisional
lifecycle-deprecated = En desuso
lifecycle-obsoleted = Obsoleto
lifecycle-reserved = Reservado
