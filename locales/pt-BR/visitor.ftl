# O que uma página de erro diz a um visitante que não é desenvolvedor: para cada erro do cliente (4xx)
# e do servidor (5xx), uma mensagem curta que abre a página e a ação a sugerir.
# Escreva para qualquer pessoa que use um site: sem jargão (“solicitação” pode, “upstream” ou “POST” não),
# fale diretamente com o visitante, uma ou duas frases curtas em cada mensagem. A descrição técnica de
# cada código (status.ftl) aparece abaixo, em “Detalhes técnicos”.
# Mantenha um tom calmo e nunca culpe o visitante.

## Erros do cliente (4xx): algo relacionado à solicitação. visitor-NNN abre a página;
## visitor-NNN-action diz o que o visitante pode fazer.

visitor-400 = O site não conseguiu entender a solicitação enviada pelo seu navegador.
visitor-400-action = Volte e tente novamente. Se o problema continuar, limpe os cookies deste site ou use outro navegador.
visitor-401 = Você precisa fazer login para ver esta página.
visitor-401-action = Faça login e tente novamente.
visitor-402 = Este conteúdo exige um pagamento ou uma assinatura.
visitor-402-action = Verifique sua assinatura ou seus dados de pagamento neste site.
visitor-403 = Você não tem permissão para ver esta página.
visitor-403-action = Se você acha que deveria ter acesso, entre em contato com o responsável pelo site.
visitor-404 = Não encontramos a página que você estava procurando.
visitor-404-action = Verifique se o endereço tem erros de digitação ou recomece pela página inicial.
visitor-405 = Esta página não pode ser usada da forma como seu navegador acabou de tentar usá-la.
visitor-405-action = Volte à página anterior e tente novamente a partir dela.
visitor-406 = O site não tem nenhuma versão desta página em um formato ou idioma que seu navegador aceite.
visitor-406-action = Tente novamente com outro navegador ou altere as configurações de idioma do navegador.
visitor-407 = A rede que você está usando pede que você faça login antes de acessar este site.
visitor-407-action = Faça login na sua rede e tente novamente.
visitor-408 = O site esperou tempo demais para que seu navegador terminasse de enviar a solicitação.
visitor-408-action = Tente novamente. Se sua conexão estiver lenta, espere um pouco antes.
visitor-409 = Sua alteração entra em conflito com o estado atual desta página, talvez porque outra pessoa a alterou antes.
visitor-409-action = Recarregue a página para ver a versão mais recente e faça sua alteração novamente.
visitor-410 = Esta página foi removida permanentemente.
visitor-410-action = Recomece pela página inicial ou procure conteúdo parecido no site.
visitor-411 = Seu navegador enviou a solicitação em um formato que o site não aceita.
visitor-411-action = Tente novamente. Se o problema continuar, use outro navegador.
visitor-412 = Esta página mudou desde a última vez que seu navegador a carregou, por isso nada foi feito.
visitor-412-action = Recarregue a página e tente novamente.
visitor-413 = O que você tentou enviar é maior do que este site aceita.
visitor-413-action = Tente um arquivo menor ou envie menos coisas de uma vez.
visitor-414 = O endereço da web é longo demais para o site processar.
visitor-414-action = Verifique o endereço ou volte e abra o link novamente.
visitor-415 = O site não aceita este tipo de arquivo ou de dados.
visitor-415-action = Tente novamente com um arquivo em outro formato.
visitor-416 = A parte do arquivo que seu navegador pediu não existe.
visitor-416-action = Reinicie o download desde o começo.
visitor-417 = O site não consegue atender a uma condição que seu navegador definiu para esta solicitação.
visitor-417-action = Tente novamente. Se o problema continuar, use outro navegador.
visitor-418 = Este servidor é um bule de chá, e bules de chá não fazem café.
visitor-418-action = Tente uma cafeteira.
visitor-421 = Sua solicitação chegou a um servidor que não pode responder por este site.
visitor-421-action = Recarregue a página daqui a pouco.
visitor-422 = O site entendeu o que você enviou, mas uma parte não é válida.
visitor-422-action = Confira o que você digitou, corrija e envie novamente.
visitor-423 = Este item está bloqueado porque está em uso ou sendo editado.
visitor-423-action = Aguarde um pouco e tente novamente.
visitor-424 = Não foi possível concluir esta ação porque uma etapa da qual ela depende falhou.
visitor-424-action = Refaça toda a operação.
visitor-425 = Para sua segurança, o site ainda não processou esta solicitação.
visitor-425-action = Tente novamente.
visitor-426 = O site precisa de uma conexão mais nova e mais segura do que a usada pelo seu navegador.
visitor-426-action = Atualize seu navegador ou aplicativo e tente novamente.
visitor-428 = Para não sobrescrever as alterações de outra pessoa, o site precisa saber qual versão você está editando.
visitor-428-action = Recarregue a página e faça sua alteração novamente.
visitor-429 = O site recebeu muitas solicitações suas em pouco tempo.
visitor-429-action = Aguarde um pouco e tente novamente.
visitor-431 = Seu navegador enviou informações extras demais com a solicitação, muitas vezes por causa de cookies grandes.
visitor-431-action = Limpe os cookies deste site e tente novamente.
visitor-451 = Esta página não está disponível aqui por motivos legais.
visitor-451-action = Recomece pela página inicial; o site pode explicar o motivo em outro lugar.

## Erros do servidor (5xx): algo deu errado do lado do site, não do visitante.

visitor-500 = Algo deu errado do lado do site.
visitor-500-action = Tente novamente em alguns minutos. Se o problema continuar, avise o responsável pelo site.
visitor-501 = O site não consegue fazer o que seu navegador pediu.
visitor-501-action = Volte à página anterior.
visitor-502 = O site não recebeu uma resposta válida de outro servidor do qual depende.
visitor-502-action = Tente novamente em alguns minutos.
visitor-503 = O site não consegue atender à sua solicitação no momento.
visitor-503-action = Tente novamente em alguns minutos.
visitor-504 = O site esperou tempo demais por outro servidor do qual depende.
visitor-504-action = Tente novamente em alguns minutos.
visitor-505 = O site não é compatível com o tipo de conexão que seu navegador usou.
visitor-505-action = Atualize seu navegador ou aplicativo e tente novamente.
visitor-506 = A configuração do site o impede de escolher qual versão desta página mostrar.
visitor-506-action = Avise o responsável pelo site.
visitor-507 = O site ficou sem espaço de armazenamento para a sua solicitação.
visitor-507-action = Tente novamente mais tarde ou avise o responsável pelo site.
visitor-508 = O site entrou em loop ao processar sua solicitação.
visitor-508-action = Avise o responsável pelo site.
visitor-510 = O site precisa de mais informações na solicitação para poder processá-la.
visitor-510-action = Avise o responsável pelo site.
visitor-511 = Você precisa fazer login na rede antes de usar a internet.
visitor-511-action = Abra qualquer página da web para chegar à página de login da rede e faça login.

## Códigos sem mensagem própria (como 499 ou 599) usam a da sua classe.

visitor-4xx = Houve um problema com a solicitação, e o site não conseguiu concluí-la.
visitor-4xx-action = Verifique o endereço ou volte e tente novamente.
visitor-5xx = Algo deu errado do lado do site.
visitor-5xx-action = Tente novamente em alguns minutos.
