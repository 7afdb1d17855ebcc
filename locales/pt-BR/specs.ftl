# Títulos das especificações que definem códigos de status e as palavras usadas
# ao citá-las (“RFC 9110, seção 15.5.5 (experimental)”).
# Os números de RFC e de seção são adicionados pelo programa: não os escreva aqui.

spec-rfc9110 = Semântica do HTTP
spec-rfc2518 = Extensões do HTTP para autoria distribuída (WebDAV)
spec-rfc4918 = Extensões do HTTP para autoria e versionamento distribuídos na Web (WebDAV)
spec-rfc5842 = Extensões de vínculo para o WebDAV
spec-rfc3229 = Codificação delta no HTTP
spec-rfc8297 = Um código de status HTTP para indicar dicas
spec-rfc8470 = Uso de dados antecipados no HTTP
spec-rfc6585 = Códigos de status HTTP adicionais
spec-rfc7725 = Um código de status HTTP para informar obstáculos legais
spec-rfc2295 = Negociação transparente de conteúdo no HTTP
spec-rfc2774 = Um framework de extensão do HTTP
spec-rfc2324 = Protocolo de Controle de Cafeteira via Hipertexto (HTCPCP/1.0)
spec-draft-resumable-upload = Uploads retomáveis no HTTP (Internet-Draft)

# Como uma seção de uma especificação é citada: “RFC 9110, seção 15.5.5”. $spec é a
# especificação (“RFC 9110”) e $section, o número da seção; use cada variável exatamente uma vez.
spec-citation = { $spec }, seção { $section }
# Citação de uma RFC experimental: “RFC 5842, seção 7.1 (experimental)”. { $citation } é a
# citação acima; use-a exatamente uma vez.
spec-citation-experimental = { $citation } (experimental)

# Em que ponto da sua vida um código de status está.
lifecycle-standard = Padrão
lifecycle-experimental = Experimental
lifecycle-provisional = Provisório
lifecycle-deprecated = Descontinuado
lifecycle-obsoleted = Obsoleto
lifecycle-reserved = Reservado
