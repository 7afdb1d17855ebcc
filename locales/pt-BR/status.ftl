# Títulos e descrições, voltados para pessoas, de todos os códigos de status HTTP registrados.
# As frases transmitidas pela rede ficam em wire.ftl; os títulos daqui só podem diferir delas na forma.

## 1xx Informativo

status-100-title = Continuar
status-100-description = O servidor recebeu o início da requisição, e o cliente deve continuar enviando o restante. Normalmente responde a uma requisição que perguntou, com um cabeçalho Expect, se o servidor aceitaria o conteúdo antes de ele ser enviado.
status-101-title = Mudando de protocolo
status-101-description = O servidor atende à requisição de Upgrade do cliente e está mudando a conexão para outro protocolo, como o WebSocket. Tudo o que vier depois desta resposta na conexão usa o novo protocolo.
status-102-title = Processando
status-102-description = Uma resposta intermediária que informava ao cliente que o servidor tinha aceitado uma requisição WebDAV demorada e ainda estava trabalhando nela. Está descontinuado: a especificação posterior do WebDAV o removeu, então os clientes não devem contar com ele.
status-103-title = Dicas antecipadas
status-103-description = Uma resposta intermediária enviada antes da final, geralmente com cabeçalhos Link, para que o cliente possa começar a pré-carregar recursos enquanto o servidor prepara a resposta. É experimental, e um cliente que não usa as dicas pode simplesmente ignorá-la.
status-104-title = Retomada de upload suportada
status-104-description = Uma resposta intermediária em que o servidor informa que suporta uploads retomáveis e onde o upload pode ser encontrado, para que um upload interrompido possa ser continuado em vez de recomeçado. É um registro provisório para o rascunho de uploads retomáveis no HTTP e pode mudar ou expirar.

## 2xx Sucesso

status-200-title = OK
status-200-description = A requisição foi bem-sucedida. O que a resposta traz depende do método: no GET é o recurso solicitado; no POST, geralmente o resultado da ação.
status-201-title = Criado
status-201-description = A requisição foi bem-sucedida e criou um ou mais recursos novos. O principal recurso novo normalmente é identificado pelo cabeçalho Location da resposta.
status-202-title = Aceito
status-202-description = A requisição foi aceita para processamento, mas o processamento ainda não terminou e pode falhar. É típico de tarefas em fila ou em segundo plano; a resposta muitas vezes indica onde acompanhar o andamento.
status-203-title = Informação não autoritativa
status-203-description = A requisição foi bem-sucedida, mas um proxy de transformação modificou o conteúdo, então ele não é exatamente o que o servidor de origem enviou.
status-204-title = Sem conteúdo
status-204-description = A requisição foi bem-sucedida e não há nada a devolver. O navegador permanece na página atual, e um cliente de API não deve esperar um corpo de resposta.
status-205-title = Redefinir conteúdo
status-205-description = A requisição foi bem-sucedida e o cliente deve redefinir a visualização que a enviou, por exemplo limpar um formulário para que novos dados possam ser digitados. A resposta não tem conteúdo.
status-206-title = Conteúdo parcial
status-206-description = O servidor está enviando apenas as partes do recurso que o cliente pediu com um cabeçalho Range. É assim que downloads são retomados e que players de mídia pulam para uma posição de um arquivo.
status-207-title = Múltiplos status
status-207-description = Uma resposta WebDAV que informa um status separado para cada um de vários recursos ou operações, em um corpo XML. Verifique cada status no corpo em vez do código geral.
status-208-title = Já relatado
status-208-description = Usado dentro de uma resposta WebDAV de múltiplos status para dizer que os membros de uma coleção já foram listados antes na mesma resposta e não são repetidos. Isso evita que um recurso acessível por vários vínculos seja listado muitas vezes.
status-226-title = IM usado
status-226-description = O servidor atendeu a uma requisição GET, e a resposta é o resultado de uma ou mais manipulações de instância, como um delta, aplicadas à versão atual do recurso. Faz parte da extensão de codificação delta do HTTP.

## 3xx Redirecionamento

status-300-title = Múltiplas escolhas
status-300-description = O recurso tem várias representações, cada uma com seu próprio endereço, e o usuário ou o cliente deve escolher uma. O servidor pode indicar sua opção preferida no cabeçalho Location.
status-301-title = Movido permanentemente
status-301-description = O recurso mudou definitivamente para o endereço informado no cabeçalho Location, e links e favoritos devem ser atualizados para ele. Ao seguir o redirecionamento, os clientes podem transformar um POST em GET; o 308 é a variante que mantém o método.
status-302-title = Encontrado
status-302-description = O recurso está temporariamente no endereço informado no cabeçalho Location, e o endereço original ainda deve ser usado nas próximas requisições. Ao seguir o redirecionamento, os clientes podem transformar um POST em GET; o 307 é a variante que mantém o método.
status-303-title = Veja outro
status-303-description = O servidor direciona o cliente para outro recurso, informado no cabeçalho Location, que deve ser obtido com GET. É muito usado depois do envio de um formulário, para mostrar uma página de resultado.
status-304-title = Não modificado
status-304-description = Uma requisição condicional constatou que o recurso não mudou desde a versão que o cliente já tem, então o cliente pode usar sua cópia em cache. A resposta não tem conteúdo.
status-305-title = Usar proxy
status-305-description = Antigamente instruía o cliente a repetir a requisição por meio do proxy indicado no cabeçalho Location. Está descontinuado por motivos de segurança, porque permitia a um servidor desviar o tráfego de um cliente por qualquer proxy, e os clientes atuais não o obedecem.
status-307-title = Redirecionamento temporário
status-307-description = O recurso está temporariamente no endereço informado no cabeçalho Location, e o cliente deve repetir a requisição lá com o mesmo método e o mesmo conteúdo. As próximas requisições ainda devem ir para o endereço original.
status-308-title = Redirecionamento permanente
status-308-description = O recurso mudou definitivamente para o endereço informado no cabeçalho Location, e o cliente deve repetir a requisição lá com o mesmo método e o mesmo conteúdo. As próximas requisições devem usar o novo endereço.

## 4xx Erro do cliente

status-400-title = Requisição inválida
status-400-description = O servidor não pode ou não vai processar a requisição por causa de algo que considera um erro do cliente, como sintaxe malformada ou uma mensagem inválida. Corrija a requisição antes de enviá-la novamente.
status-401-title = Não autenticado
status-401-description = A requisição não tem credenciais válidas para o recurso. O cabeçalho WWW-Authenticate da resposta indica como se autenticar; faça login ou envie as credenciais e tente novamente.
status-402-title = Pagamento necessário
status-402-description = Reservado para uso futuro; o HTTP não define o que ele significa. Alguns serviços o usam informalmente para indicar que é preciso um pagamento ou uma assinatura.
status-403-title = Proibido
status-403-description = O servidor entendeu a requisição, mas se recusa a executá-la. Ao contrário do 401, fazer login de novo com as mesmas credenciais não vai adiantar: o cliente não tem permissão para este recurso.
status-404-title = Não encontrado
status-404-description = O servidor não tem nada neste endereço ou não quer revelar que há algo ali. Verifique se o endereço tem erros de digitação; a página pode ter sido movida ou excluída.
status-405-title = Método não permitido
status-405-description = O recurso existe, mas não aceita o método da requisição, por exemplo um POST para uma página somente leitura. O cabeçalho Allow da resposta lista os métodos que ele aceita.
status-406-title = Não aceitável
status-406-description = O servidor não tem nenhuma versão do recurso que corresponda ao que o cliente disse aceitar nos cabeçalhos Accept, como tipo de mídia ou idioma, e não vai enviar uma versão padrão.
status-407-title = Autenticação de proxy necessária
status-407-description = Como o 401, mas o cliente precisa primeiro se autenticar em um proxy que fica entre ele e o servidor. O cabeçalho Proxy-Authenticate da resposta indica como.
status-408-title = Tempo esgotado para a requisição
status-408-description = O servidor não recebeu uma requisição completa dentro do tempo que estava disposto a esperar e está encerrando a conexão. O cliente pode enviar a requisição novamente em uma nova conexão.
status-409-title = Conflito
status-409-description = A requisição entra em conflito com o estado atual do recurso, por exemplo uma edição baseada em uma versão desatualizada. Resolva o conflito, muitas vezes obtendo a versão mais recente, e tente novamente.
status-410-title = Removido permanentemente
status-410-description = O recurso existia aqui, mas foi removido de propósito e não vai voltar; nenhum endereço novo é conhecido. Os links para ele devem ser excluídos.
status-411-title = Comprimento necessário
status-411-description = O servidor recusa a requisição porque ela não tem um cabeçalho Content-Length. Envie-a novamente com o comprimento do seu conteúdo.
status-412-title = Falha na pré-condição
status-412-description = Uma condição nos cabeçalhos da requisição, como If-Match ou If-Unmodified-Since, se revelou falsa no servidor. Normalmente isso impede sobrescrever um recurso que outra pessoa alterou nesse meio-tempo.
status-413-title = Conteúdo muito grande
status-413-description = O conteúdo da requisição é maior do que o servidor está disposto ou é capaz de processar. Envie menos dados; se o limite for apenas temporário, o cabeçalho Retry-After pode dizer quando tentar novamente.
status-414-title = URI muito longa
status-414-description = O endereço solicitado é mais longo do que o servidor está disposto a interpretar. Isso costuma acontecer quando se colocam dados demais na string de consulta; em vez disso, envie esses dados no corpo da requisição.
status-415-title = Tipo de mídia não suportado
status-415-description = O servidor recusa a requisição porque o conteúdo dela está em um formato, ou usa uma codificação, que o recurso não suporta para este método. Verifique os cabeçalhos Content-Type e Content-Encoding.
status-416-title = Intervalo não satisfazível
status-416-description = Nenhum dos intervalos pedidos no cabeçalho Range pode ser atendido, por exemplo porque começam depois do fim do recurso. A resposta geralmente informa o comprimento atual do recurso em um cabeçalho Content-Range.
status-417-title = Falha na expectativa
status-417-description = O servidor não consegue atender à expectativa declarada no cabeçalho Expect da requisição. O cliente pode enviar a requisição novamente sem esse cabeçalho.
status-418-title = Sou um bule de chá
status-418-description = Reservado e sem uso no HTTP. Vem do Protocolo de Controle de Cafeteira via Hipertexto, uma piada de Primeiro de Abril em que um bule de chá se recusa a passar café, e alguns servidores ainda o enviam como easter egg.
status-421-title = Requisição mal direcionada
status-421-description = A requisição chegou a um servidor que não consegue produzir uma resposta para o endereço dela, por exemplo porque uma conexão reutilizada leva a um servidor que não está configurado para aquele nome de host. O cliente pode tentar novamente por outra conexão.
status-422-title = Conteúdo não processável
status-422-description = O servidor entende o tipo de conteúdo e a sintaxe está correta, mas ele não consegue agir conforme o que o conteúdo diz, por exemplo porque os dados não passam na validação. Corrija os dados antes de tentar novamente.
status-423-title = Bloqueado
status-423-description = O recurso WebDAV está bloqueado, então o método não pode ser aplicado a ele. Espere até que o bloqueio seja liberado ou envie o token de bloqueio, se o bloqueio for seu.
status-424-title = Falha na dependência
status-424-description = Não foi possível executar o método no recurso porque outra ação da qual ele dependia falhou. No WebDAV isso acontece, por exemplo, quando uma alteração de um conjunto falha e, por isso, as demais não são aplicadas.
status-425-title = Cedo demais
status-425-description = O servidor não vai processar uma requisição enviada como dados antecipados do TLS, porque esses dados poderiam ser reenviados por um atacante. O cliente deve enviar a requisição novamente depois que o handshake terminar.
status-426-title = Atualização necessária
status-426-description = O servidor se recusa a tratar a requisição pelo protocolo atual, mas pode fazê-lo depois que o cliente mudar para outro. O cabeçalho Upgrade da resposta indica os protocolos que ele exige.
status-428-title = Pré-condição necessária
status-428-description = O servidor exige que a requisição seja condicional, por exemplo que traga um cabeçalho If-Match, para que alterações feitas por clientes diferentes não se sobrescrevam. Obtenha a versão atual e envie a requisição novamente com uma condição.
status-429-title = Muitas requisições
status-429-description = O cliente enviou requisições demais em um determinado período e está sofrendo limitação de taxa. Diminua o ritmo; o cabeçalho Retry-After pode dizer quanto tempo esperar.
status-431-title = Campos de cabeçalho da requisição muito grandes
status-431-description = O servidor não vai processar a requisição porque os campos de cabeçalho dela, seja um único campo ou todos juntos, são grandes demais. Reduza os cabeçalhos, por exemplo limpando os cookies do site, e tente novamente.
status-451-title = Indisponível por motivos legais
status-451-description = O servidor recusa o acesso ao recurso por causa de uma exigência legal, como uma ordem judicial ou censura governamental. A resposta deve explicar qual é a exigência e quem a fez.

## 5xx Erro do servidor

status-500-title = Erro interno do servidor
status-500-description = O servidor encontrou uma condição inesperada que o impediu de atender à requisição. A falha é do lado do servidor; tente novamente mais tarde e, se o problema persistir, entre em contato com os administradores do site.
status-501-title = Não implementado
status-501-description = O servidor não suporta a funcionalidade necessária para atender à requisição, geralmente porque nem reconhece o método da requisição. Ao contrário do 405, isso vale para o servidor inteiro, e não para um único recurso.
status-502-title = Gateway inválido
status-502-description = Um servidor que atua como gateway ou proxy recebeu uma resposta inválida do servidor upstream que contatou. O problema está entre os servidores, e tentar novamente mais tarde pode ajudar.
status-503-title = Serviço indisponível
status-503-description = O servidor não consegue tratar a requisição agora, geralmente porque está sobrecarregado ou em manutenção. Tente novamente mais tarde; o cabeçalho Retry-After pode dizer quando.
status-504-title = Tempo esgotado no gateway
status-504-description = Um servidor que atua como gateway ou proxy não recebeu a tempo uma resposta do servidor upstream que precisava acessar. Tentar novamente mais tarde pode ajudar.
status-505-title = Versão do HTTP não suportada
status-505-description = O servidor não suporta, ou se recusa a suportar, a versão principal do HTTP usada na requisição. O cliente deve tentar novamente com outra versão do protocolo.
status-506-title = A variante também negocia
status-506-description = O servidor está mal configurado para a negociação transparente de conteúdo: a variante que ele escolheu também está configurada para negociar, o que nunca terminaria. Vem de uma especificação experimental e raramente aparece.
status-507-title = Armazenamento insuficiente
status-507-description = O servidor não consegue armazenar o que precisa para concluir a requisição, por exemplo porque um disco ou uma cota está cheia. No WebDAV essa condição é considerada temporária.
status-508-title = Loop detectado
status-508-description = O servidor interrompeu uma operação porque encontrou um loop infinito ao processar uma requisição WebDAV com profundidade infinita. A operação inteira falhou.
status-510-title = Não estendido
status-510-description = A requisição não incluiu as declarações de extensão que o servidor exige de acordo com o framework de extensão do HTTP. Está obsoleto: esse framework passou para o status histórico, e o código não deve ser usado.
status-511-title = Autenticação de rede necessária
status-511-description = O cliente precisa fazer login para ter acesso à rede, geralmente em um portal cativo de Wi-Fi público; a resposta vem da rede, e não do site ao qual a requisição se destinava. Abra uma página da web e faça login ou aceite os termos da rede.
