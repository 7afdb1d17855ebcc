# Palavras do site de referência que o “httpstatus site” gera: um índice por idioma (a tabela de
# status com um sumário), uma página por código de status e uma página raiz que lista os idiomas.
# Só as ferramentas leem este arquivo. Mantenha as { $variables } como estão. Nomes no enum
# (NOT_FOUND), mensagens de status transmitidas, nomes de cabeçalhos (Location) e os exemplos de
# troca de mensagens nunca são traduzidos e não estão neste arquivo.

## Em todas as páginas

# O botão no alto de cada página que abre a lista de idiomas (cada um escrito no próprio idioma).
site-languages = Idiomas
# Um link para quem usa o teclado, o primeiro de cada página, visível só quando recebe o foco: ele
# pula o cabeçalho da página e a lista de idiomas.
site-skip = Pular para o conteúdo
# O título de uma página na aba do navegador e nos resultados de busca. { $page } é o título da
# própria página (“404 Não encontrado”), e { $site }, o nome do site (“Códigos de status HTTP”).
# Separador: travessão entre espaços, como em cli-reference-value.
site-page-title = { $page } — { $site }
# A última linha de cada página.
site-footer = Gerado a partir dos arquivos de localização do http-status-catalog. Os nomes no enum, as mensagens de status e os exemplos de troca de mensagens ficam como o HTTP os escreve.

## O índice de um idioma: a tabela de status, agrupada por classe

# O título do sumário, que lista as cinco classes.
site-contents = Sumário
# Depois de uma classe no sumário: { $count } é quantos códigos ela tem (dê todas as formas do
# plural).
site-class-count = { $count ->
        [one] { $count } código
        [many] { $count } códigos
       *[other] { $count } códigos
    }

## A página de um código de status

# O link de volta para o índice, no alto da página.
site-all-codes = Todos os códigos de status
# O título acima do que uma página de erro diz a um visitante que não é desenvolvedor, e da ação
# que ela sugere (só erros do cliente e do servidor). A descrição técnica vem depois do quadro.
site-visitor = O que é dito ao visitante
# Rótulos da lista de informações sobre um código, cada um seguido do seu valor.
site-label-class = Classe
# Em que ponto da vida o código está: padrão, experimental, descontinuado etc.
site-label-lifecycle = Situação
site-label-name = Nome no enum
# Nomes que o código teve em especificações ou bibliotecas anteriores (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Nomes anteriores
# O texto em inglês que segue o código na linha de status de uma resposta (“Not Found”).
site-label-phrase = Mensagem de status
# As seções das especificações que definem o código, cada uma com seu link.
site-label-references = Definido em
site-label-caching = Armazenamento em cache
site-label-content = Conteúdo
# O valor de “Armazenamento em cache” para um código que um cache pode guardar sem ser instruído
# (a RFC 9110 diz “armazenável em cache heuristicamente”).
site-cacheable-yes = Armazenável em cache por padrão: um cache pode guardar esta resposta e reutilizá-la mesmo quando os cabeçalhos dela não dizem nada sobre a sua validade.
# O valor de “Armazenamento em cache” para os demais códigos.
site-cacheable-no = Não armazenável em cache por padrão: um cache só guarda esta resposta quando os cabeçalhos dela permitem.
# O valor de “Conteúdo” para um código cuja resposta nunca tem conteúdo (1xx, 204, 205, 304).
site-no-content-yes = Nunca tem conteúdo: a resposta termina depois dos cabeçalhos.
# O valor de “Conteúdo” para os demais códigos.
site-no-content-no = Pode ter conteúdo, como uma página que explica o status.
# O título acima de um exemplo de requisição e da sua resposta.
site-example = Exemplo de troca de mensagens
# Abaixo do exemplo.
site-example-note = Uma requisição e, em seguida, a linha de status e os cabeçalhos da resposta que importam para este código. O conteúdo das mensagens foi omitido.
# O nome dos links para o código anterior e o próximo, no fim da página, para leitores de tela.
site-neighbours = Código anterior e próximo

## A página raiz, que lista todos os idiomas

# O título dela, mostrado antes da lista de idiomas (cada um no próprio idioma) e também nas
# páginas do idioma.
site-root-heading = Escolha um idioma
