# O nome deste idioma, escrito neste idioma.
locale-name = Português (Brasil)

# Rótulos exibidos pela ferramenta de linha de comando httpstatus.
cli-label-code = Código
cli-label-name = Nome
cli-label-aliases = Outros nomes
cli-label-phrase = Frase de motivo
cli-label-title = Título
cli-label-description = Descrição
cli-label-class = Classe
cli-label-lifecycle = Situação
cli-label-references = Definido em
cli-label-locale = Idioma
cli-label-cacheable = Armazenável em cache por padrão
cli-label-no-content = Nunca tem conteúdo
cli-yes = sim
cli-no = não
cli-unregistered = Não é um código de status registrado: descrito a partir da sua classe, como exige a RFC 9110.
