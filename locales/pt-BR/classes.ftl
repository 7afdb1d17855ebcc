# Títulos e descrições das cinco classes de códigos de status HTTP, identificadas pelo primeiro dígito.
# Também descrevem códigos não registrados, que segundo a RFC 9110 devem ser tratados como o código x00 da sua classe.

class-1xx-title = Informativo
class-1xx-description = Uma resposta intermediária: a requisição foi recebida e o servidor ainda está processando. O cliente deve aguardar a resposta final que vem em seguida.
class-2xx-title = Sucesso
class-2xx-description = A requisição foi recebida, entendida e aceita com sucesso.
class-3xx-title = Redirecionamento
class-3xx-description = O cliente precisa tomar outra providência para concluir a requisição, geralmente seguir um redirecionamento para outro endereço.
class-4xx-title = Erro do cliente
class-4xx-description = A requisição contém um erro, como sintaxe incorreta, ou não pode ser atendida da forma como foi enviada. O cliente deve corrigi-la antes de tentar novamente.
class-5xx-title = Erro do servidor
class-5xx-description = O servidor não conseguiu atender a uma requisição que parece válida. O problema está no servidor, e tentar novamente mais tarde pode ajudar.
