# Palavras da ferramenta de linha de comando httpstatus. Só a ferramenta lê este arquivo.
# Mantenha as { $variáveis } como estão; o Fluent escolhe a forma do plural pelo número, então
# dê todas as formas de que o português precisa (https://projectfluent.org/fluent/guide/selectors.html).

## Rótulos de um código descrito: “Classe: 4xx (Erro do cliente)”.

cli-label-class = Classe
cli-label-name = Nome
cli-label-aliases = Outros nomes
cli-label-phrase = Mensagem de status
cli-label-lifecycle = Situação
cli-label-references = Definido em
cli-label-locale = Idioma
cli-label-cacheable = Armazenável em cache por padrão
cli-label-no-content = Nunca tem conteúdo
cli-yes = sim
cli-no = não
# A classe depois do seu rótulo: “4xx (Erro do cliente)”. { $class } é algo como 4xx, e { $title }, o
# nome da classe.
cli-class-value = { $class } ({ $title })
# Uma referência a uma especificação depois do seu rótulo: “RFC 9110, seção 15.5.5 — Semântica do HTTP”.
# { $citation } é a citação, e { $title }, o título da especificação.
cli-reference-value = { $citation } — { $title }
# Exibido abaixo de um código que não está registrado, como 299.
cli-unregistered = Não é um código de status registrado: descrito a partir da sua classe, como exige a RFC 9110.
# Exibido abaixo do 306, que o registro mantém reservado.
cli-reserved = Reservado no registro e não mais usado: descrito a partir da sua classe, como exige a RFC 9110.

## Listagem de uma classe: “httpstatus 4xx”. { $class } é “4xx”, e { $title }, o nome da classe.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } código registrado
        [many] { $count } códigos registrados
       *[other] { $count } códigos registrados
    }

## Erros na linha de comando. { $input } é o que foi digitado.

cli-error-out-of-range = { $input } não é um código de status HTTP: os códigos vão de 100 a 599.
cli-error-unknown-name = “{ $input }” não é um código de status nem um nome de status conhecido.
# O mesmo erro quando há um nome parecido com o que foi digitado: { $name } é algo como NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” não é um código de status nem um nome de status conhecido. Você quis dizer { $name }?
cli-error-bad-tag = “{ $tag }” não é uma tag de idioma; escreva uma como en, ru ou pt-BR.
# { $requested } é a tag pedida; { $chosen } é o idioma usado no lugar dela, e { $name }, o nome dele.
cli-warning-no-locale = Nenhum idioma corresponde a “{ $requested }”; usando { $chosen } ({ $name }).
cli-error-no-folder = { $path } não é uma pasta que contenha pastas de idioma.
cli-error-no-locale = Não há nenhuma pasta de idioma { $tag } no disco em { $path }.
cli-error-not-a-tag = “{ $tag }” não é uma tag de idioma na forma canônica; escreva-a como pt-BR.
cli-error-exists = { $path } já contém arquivos; use --force para substituí-los.
# { $error } é a mensagem do sistema operacional, geralmente em inglês.
cli-error-io = Não foi possível gravar { $path }: { $error }

## Carregamento de pastas de idioma do disco (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } aviso
        [many] { $count } avisos
       *[other] { $count } avisos
    } em { $path }; “httpstatus check” mostra a lista.

## httpstatus check

# Uma linha por idioma: “ru: 187/187 traduzidas, 0 faltando, 0 desatualizada”.
cli-check-locale = { $tag }: { $translated }/{ $total } { $translated ->
        [one] traduzida
        [many] traduzidas
       *[other] traduzidas
    }, { $missing } faltando, { $stale } { $stale ->
        [one] desatualizada
        [many] desatualizadas
       *[other] desatualizadas
    }
# A última linha: “0 erro, 2 avisos em 30 idiomas”.
cli-check-summary = { $errors ->
        [one] { $errors } erro
        [many] { $errors } erros
       *[other] { $errors } erros
    }, { $warnings ->
        [one] { $warnings } aviso
        [many] { $warnings } avisos
       *[other] { $warnings } avisos
    } em { $locales ->
        [one] { $locales } idioma
        [many] { $locales } idiomas
       *[other] { $locales } idiomas
    }
cli-check-recorded = O texto atual em inglês de { $tag } foi registrado em { $path }.

## httpstatus locales: a situação de cada idioma.

cli-locale-current = completo, atualizado
cli-locale-stale = completo, { $stale ->
        [one] { $stale } mensagem desatualizada
        [many] { $stale } mensagens desatualizadas
       *[other] { $stale } mensagens desatualizadas
    }
cli-locale-partial = parcial: { $missing } faltando, { $stale } { $stale ->
        [one] desatualizada
        [many] desatualizadas
       *[other] desatualizadas
    }
cli-locale-pseudo = pseudoidioma, gerado a partir do inglês
cli-locale-from-disk = (do disco)

## httpstatus template

cli-template-wrote = { $path } gravado
cli-template-next = Próximo passo: traduza e depois execute “httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: progresso, uma linha por arquivo.

cli-docs-written = [{ $done }/{ $total }] { $path } gravado
cli-docs-unchanged = [{ $done }/{ $total }] { $path } sem alterações

## httpstatus site

# Depois de gravar o site: “1985 arquivos para 30 idiomas em site/”. { $files } é o número de
# arquivos e { $languages }, o de idiomas (dê todas as formas do plural dos dois); { $path } é a
# pasta de saída.
cli-site-written = { $files ->
        [one] { $files } arquivo
        [many] { $files } arquivos
       *[other] { $files } arquivos
    } para { $languages ->
        [one] { $languages } idioma
        [many] { $languages } idiomas
       *[other] { $languages } idiomas
    } em { $path }
# Exibido depois da linha acima quando --base-url não foi informado. Mantenha “--base-url” e
# “sitemap.xml”.
cli-site-no-sitemap = O sitemap.xml não foi gravado: um sitemap precisa de endereços absolutos; use --base-url para gravá-lo.
# { $url } é o que foi informado depois de --base-url.
cli-error-base-url = “{ $url }” não é uma URL base: informe um endereço http ou https sem string de consulta, como https://example.org/http/.

## httpstatus pages: páginas de erro estáticas e trechos de configuração do servidor para proxies reversos.

# Progresso, uma linha por idioma: “[3/30] ru: 80 páginas”. { $done } e { $total } contam os idiomas,
# { $tag } é uma tag de idioma, e { $count }, o número de páginas (dê todas as formas do plural).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } página
        [many] { $count } páginas
       *[other] { $count } páginas
    }
# A última linha de httpstatus pages: { $written } arquivos gravados (dê todas as formas do plural),
# { $unchanged } arquivos que ficaram como estavam, { $path } a pasta de saída.
cli-pages-done = { $written ->
        [one] { $written } arquivo gravado
        [many] { $written } arquivos gravados
       *[other] { $written } arquivos gravados
    }, { $unchanged } sem alterações em { $path }.
# Mostrada antes da última linha quando uma execução anterior na mesma pasta gravou páginas (ou arquivos
# do servidor) que a execução atual não grava mais, porque foram pedidos menos códigos, idiomas ou formatos:
# { $count } arquivos foram excluídos (dê todas as formas do plural).
cli-pages-removed = { $count ->
        [one] Foi excluído { $count } arquivo gravado por uma execução anterior e que a atual não grava mais.
        [many] Foram excluídos { $count } arquivos gravados por uma execução anterior e que a atual não grava mais.
       *[other] Foram excluídos { $count } arquivos gravados por uma execução anterior e que a atual não grava mais.
    }
# Uma linha por arquivo de configuração do servidor gravado, dizendo ao operador que o inclua;
# { $path } é o arquivo.
cli-pages-snippet = Inclua: { $path }
# { $tag } foi informada em --locales e o catálogo não tem esse idioma. Mantenha “httpstatus locales”.
cli-error-pages-locale = Nenhum idioma corresponde a “{ $tag }”; “httpstatus locales” mostra a lista.
# { $input } é um valor de --codes que não é um código de erro nem 4xx ou 5xx. Mantenha os números
# 400 e 599, e 4xx e 5xx, como estão.
cli-error-pages-code = “{ $input }” não é um código de erro: informe códigos de 400 a 599, 4xx ou 5xx.
# { $input } é um valor de --format que não é html nem json. Mantenha html e json.
cli-error-pages-format = “{ $input }” não é um formato de página: informe html, json ou ambos.
# { $path }, a pasta que a configuração do servidor citaria, contém caracteres que os arquivos de
# configuração não aceitam, ou não é absoluta. Mantenha --install-dir.
cli-error-pages-install-dir = { $path } não pode constar em uma configuração do servidor: informe com --install-dir um caminho absoluto sem aspas, chaves, pontos e vírgulas nem cifrões.

## httpstatus serve: o servidor de páginas de erro.

# A linha de início de httpstatus serve, no stderr. { $address } é algo como 127.0.0.1:8080; mantenha
# “http://{ $address }” numa só peça, pois scripts o leem. { $locales } é o número de idiomas.
cli-serve-listening = Servindo páginas de erro em { $locales ->
        [one] { $locales } idioma
        [many] { $locales } idiomas
       *[other] { $locales } idiomas
    } em http://{ $address }; /healthz responde às sondas.
# Depois de SIGTERM ou Ctrl-C.
cli-serve-stopping = Encerrando: concluindo as requisições em andamento.
# { $address }, informado depois de --listen, não é um endereço. Mantenha os endereços de exemplo e os
# números deles como estão.
cli-error-serve-listen = “{ $address }” não é um endereço de escuta; escreva-o como 127.0.0.1:8080 ou [::1]:8080.
# Não foi possível escutar em { $address }; { $error } é a mensagem do sistema operacional, geralmente
# em inglês.
cli-error-serve-bind = Não foi possível escutar em { $address }: { $error }
