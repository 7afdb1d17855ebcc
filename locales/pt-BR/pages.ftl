# Palavras da página de erro HTML que uma aplicação web mostra aos seus usuários.

# Rótulo antes do código e da mensagem de status transmitida: “Status HTTP: 404 Not Found”.
page-status-label = Status HTTP
# O link de volta para a página inicial do site.
page-home-link = Ir para a página inicial
