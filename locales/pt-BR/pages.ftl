# Palavras da página de erro HTML que uma aplicação web mostra aos seus usuários.

# Rótulo antes do código e da mensagem de status transmitida: “Status HTTP: 404 Not Found”.
page-status-label = Status HTTP
# O link de volta para a página inicial do site.
page-home-link = Ir para a página inicial
# O botão que recarrega a página, exibido nos erros que podem passar sozinhos
# (408, 425, 429 e erros do servidor).
page-try-again = Tentar novamente
# O título do pequeno bloco com o código, o ID da requisição e a descrição técnica.
page-technical-details = Detalhes técnicos
# Rótulo do identificador da requisição, que a equipe de suporte usa para encontrá-la nos logs.
page-request-id = ID da requisição
# Rótulo do endereço (caminho e consulta) que o visitante pediu, como o proxy reverso na frente do site
# o informa (X-Original-URI); o valor é exibido como foi enviado, da esquerda para a direita.
page-original-uri = Endereço da requisição
# Rótulo dos métodos que uma página aceita, tirados do cabeçalho Allow da resposta (405).
page-allowed-methods = Métodos permitidos
# Quando o site diz quando tentar de novo (o cabeçalho Retry-After): um número de segundos, minutos
# ou horas, escrito com o símbolo da unidade para que nenhuma forma de plural seja necessária.
# Mantenha { $count } exatamente uma vez. Entre o número e o símbolo há um espaço não separável.
page-retry-seconds = Você pode tentar novamente em { $count } s.
page-retry-minutes = Você pode tentar novamente em { $count } min.
page-retry-hours = Você pode tentar novamente em { $count } h.
