# Palavras usadas quando a tabela de status é exibida como documentação.

docs-caption = Códigos de status HTTP
docs-intro = Todos os códigos de status do registro de códigos de status HTTP da IANA, com a especificação que define cada um.

# Títulos das colunas da tabela de status.
docs-column-code = Código
docs-column-name = Nome no enum
docs-column-details = Detalhes
docs-column-phrase = Mensagem de status
docs-column-title = Título
docs-column-description = Descrição
docs-column-class = Classe
docs-column-lifecycle = Situação
docs-column-aliases = Outros nomes

# Uma nota no fim de uma tabela gerada dizendo de onde ela vem.
docs-generated = Gerado a partir dos arquivos de localização do catálogo com “httpstatus docs”. Não edite manualmente.
