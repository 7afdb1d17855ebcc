# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = Bilgilendirme
class-1xx-description = Ara yanıt: istek alındı ve sunucu onu hâlâ işliyor. Bu arada istemci, ardından gelecek son yanıtı beklemelidir.
class-2xx-title = Başarılı
class-2xx-description = Yapılan istek başarıyla alındı, anlaşıldı ve kabul edildi.
class-3xx-title = Yönlendirme
class-3xx-description = Yapılan isteğin tamamlanması için istemcinin ek bir işlem yapması, genellikle başka bir adrese giden bir yönlendirmeyi izlemesi gerekir.
class-4xx-title = İstemci Hatası
class-4xx-description = Yapılan istek, hatalı söz dizimi gibi bir hata içeriyor ya da gönderildiği hâliyle yerine getirilemiyor. Yeniden denemeden önce istemcinin bunu düzeltmesi gerekir.
class-5xx-title = Sunucu Hatası
class-5xx-description = Sunucu, geçerli görünen bir isteği yerine getiremedi. Sorun sunucudadır; daha sonra yeniden denemek işe yarayabilir.
