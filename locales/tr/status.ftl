# Human-facing titles and descriptions of every registered HTTP status code.
# The wire phrases live in wire.ftl; titles here may differ from them in form only.

## 1xx Informational

status-100-title = Devam
status-100-description = Sunucu isteğin başlangıcını aldı; istemci isteğin geri kalanını göndermeye devam etmelidir. Genellikle, içerik gönderilmeden önce sunucunun onu kabul edip etmeyeceğini bir Expect başlığıyla soran isteğe verilen yanıttır.
status-101-title = Protokol Değiştirme
status-101-description = Sunucu, istemcinin Upgrade isteğini kabul ediyor ve bağlantıyı WebSocket gibi başka bir protokole geçiriyor. Bağlantıda bu yanıttan sonra gelen her şey yeni protokolü kullanır.
status-102-title = İşleniyor
status-102-description = Sunucunun, uzun süren bir WebDAV isteğini kabul ettiğini ve hâlâ üzerinde çalıştığını istemciye bildiren bir ara yanıttı. Kullanım dışıdır: sonraki WebDAV belirtimi onu kaldırdı, bu nedenle istemciler ona güvenmemelidir.
status-103-title = Erken İpuçları
status-103-description = Son yanıttan önce, genellikle Link başlıklarıyla gönderilen bir ara yanıttır; böylece sunucu asıl yanıtını hazırlarken istemci kaynakları önceden yüklemeye başlayabilir. Deneyseldir ve ipuçlarını kullanmayan bir istemci onu yok sayabilir.
status-104-title = Yüklemeyi Sürdürme Destekleniyor
status-104-description = Sunucunun, devam ettirilebilir yüklemeleri desteklediğini ve yüklemenin nerede bulunabileceğini bildirdiği bir ara yanıttır; böylece kesintiye uğrayan bir yükleme baştan başlatılmak yerine kaldığı yerden devam ettirilebilir. “HTTP için Devam Ettirilebilir Yüklemeler” taslağı için yapılmış geçici bir kayıttır; değişebilir veya süresi dolabilir.

## 2xx Success

status-200-title = OK
status-200-description = İstek başarılı oldu. Yanıtın ne taşıdığı yönteme bağlıdır: GET için istenen kaynaktır, POST için genellikle işlemin sonucudur.
status-201-title = Oluşturuldu
status-201-description = Yapılan istek başarılı oldu ve bir veya daha fazla yeni kaynak oluşturdu. Yeni kaynakların başlıcası normalde yanıtın Location başlığıyla belirtilir.
status-202-title = Kabul Edildi
status-202-description = Yapılan istek işlenmek üzere kabul edildi, ancak işlem henüz bitmedi ve yine de başarısız olabilir. Kuyruktaki veya arka planda çalışan işler için tipiktir; yanıt çoğu zaman ilerlemenin nereden izlenebileceğini belirtir.
status-203-title = Özgün Olmayan Bilgi
status-203-description = Yapılan istek başarılı oldu, ancak dönüştürme yapan bir vekil sunucu içeriği değiştirdi; bu nedenle içerik, asıl sunucunun gönderdiğiyle tam olarak aynı değildir.
status-204-title = İçerik Yok
status-204-description = Yapılan istek başarılı oldu ve geri gönderilecek bir şey yok. Tarayıcı geçerli sayfada kalır; bir API istemcisi de yanıt gövdesi beklememelidir.
status-205-title = İçerik Sıfırlama
status-205-description = İstek başarılı oldu ve istemci, isteği gönderen görünümü sıfırlamalıdır; örneğin yeni veri girilebilmesi için bir formu temizlemelidir. Yanıtın içeriği yoktur.
status-206-title = Kısmi İçerik
status-206-description = Sunucu, kaynağın yalnızca istemcinin Range başlığıyla istediği bölümlerini gönderiyor. İndirmeler bu sayede kaldıkları yerden sürdürülür, medya oynatıcılar da dosyada belirli bir konuma bu sayede atlar.
status-207-title = Çoklu Durum
status-207-description = Birden çok kaynağın veya işlemin her biri için ayrı bir durumu XML gövdesinde bildiren bir WebDAV yanıtıdır. Genel koda değil, gövdedeki her bir duruma bakın.
status-208-title = Zaten Bildirildi
status-208-description = Bir WebDAV çoklu durum yanıtının içinde, bir koleksiyonun üyelerinin aynı yanıtta daha önce listelendiğini ve tekrarlanmadığını belirtmek için kullanılır. Böylece birden çok bağlama üzerinden erişilebilen bir kaynak defalarca listelenmez.
status-226-title = IM Kullanıldı
status-226-description = Sunucu bir GET isteğini yerine getirdi ve yanıt, kaynağın geçerli sürümüne uygulanan, delta gibi bir veya daha fazla örnek işlemenin (instance manipulation) sonucudur. HTTP’nin delta kodlaması uzantısına aittir.

## 3xx Redirection

status-300-title = Çoklu Seçenek
status-300-description = Kaynağın, her birinin kendi adresi olan birden çok gösterimi vardır ve kullanıcı ya da istemci bunlardan birini seçmelidir. Sunucu, tercih ettiği seçeneği Location başlığında belirtebilir.
status-301-title = Kalıcı Olarak Taşındı
status-301-description = Kaynak, Location başlığında verilen adrese kalıcı olarak taşındı; bağlantılar ve yer imleri bu adrese göre güncellenmelidir. Yönlendirmeyi izleyen istemciler bir POST isteğini GET isteğine dönüştürebilir; yöntemi koruyan karşılığı 308’dir.
status-302-title = Bulundu
status-302-description = Kaynak geçici olarak Location başlığında verilen adreste bulunuyor; sonraki istekler için yine asıl adres kullanılmalıdır. Yönlendirmeyi izleyen istemciler bir POST isteğini GET isteğine dönüştürebilir; yöntemi koruyan karşılığı 307’dir.
status-303-title = Başka Kaynağa Yönlendirme
status-303-description = Sunucu, istemciyi Location başlığında verilen ve GET ile alınması gereken başka bir kaynağa gönderiyor. Çoğunlukla bir form gönderildikten sonra sonuç sayfasını göstermek için kullanılır.
status-304-title = Değiştirilmedi
status-304-description = Koşullu bir istek, kaynağın istemcide zaten bulunan sürümden bu yana değişmediğini ortaya koydu; bu nedenle istemci önbellekteki kopyasını kullanabilir. Yanıtın içeriği yoktur.
status-305-title = Vekil Sunucu Kullanımı
status-305-description = Bir zamanlar istemciye, isteği Location başlığında adı verilen vekil sunucu üzerinden yinelemesini söylüyordu. Bir sunucunun, istemcinin trafiğini herhangi bir vekil sunucudan geçirmesine olanak tanıdığı için güvenlik nedeniyle kullanım dışıdır ve günümüzdeki istemciler onu dikkate almaz.
status-307-title = Geçici Yönlendirme
status-307-description = Kaynak geçici olarak Location başlığında verilen adreste bulunuyor ve istemci isteği aynı yöntem ve içerikle orada yinelemelidir. Sonraki istekler yine asıl adrese gitmelidir.
status-308-title = Kalıcı Yönlendirme
status-308-description = Kaynak, Location başlığında verilen adrese kalıcı olarak taşındı ve istemci isteği aynı yöntem ve içerikle orada yinelemelidir. Sonraki istekler yeni adresi kullanmalıdır.

## 4xx Client Error

status-400-title = Hatalı İstek
status-400-description = Sunucu, istemci hatası olarak gördüğü bir nedenle, örneğin hatalı söz dizimi veya geçersiz bir ileti yüzünden, isteği işleyemiyor ya da işlemeyecek. İsteği yeniden göndermeden önce düzeltin.
status-401-title = Kimlik Doğrulaması Gerekli
status-401-description = Yapılan istekte kaynak için geçerli kimlik bilgileri yok. Yanıtın WWW-Authenticate başlığı kimliğin nasıl doğrulanacağını belirtir; oturum açın veya kimlik bilgilerinizi gönderin, ardından yeniden deneyin.
status-402-title = Ödeme Gerekli
status-402-description = Gelecekte kullanılmak üzere ayrılmıştır; HTTP ne anlama geldiğini tanımlamaz. Bazı hizmetler, ödeme veya abonelik gerektiğini belirtmek için onu gayriresmî olarak kullanır.
status-403-title = Yasak
status-403-description = Sunucu isteği anladı ancak yerine getirmeyi reddediyor. 401’den farklı olarak, aynı kimlik bilgileriyle yeniden oturum açmak işe yaramaz: istemcinin bu kaynak için izni yoktur.
status-404-title = Bulunamadı
status-404-description = Sunucuda bu adreste hiçbir şey yok ya da sunucu orada bir şey olduğunu açığa vurmak istemiyor. Adreste yazım hatası olup olmadığını kontrol edin; sayfa taşınmış veya silinmiş olabilir.
status-405-title = İzin Verilmeyen Yöntem
status-405-description = Kaynak var, ancak isteğin yöntemini kabul etmiyor; örneğin salt okunur bir sayfaya gönderilen bir POST. Yanıtın Allow başlığı, kaynağın kabul ettiği yöntemleri listeler.
status-406-title = Kabul Edilemez
status-406-description = Sunucuda kaynağın, istemcinin Accept başlıklarında kabul ettiğini belirttiği medya türü veya dil gibi özelliklere uyan bir sürümü yok ve sunucu varsayılan bir sürüm göndermeyecek.
status-407-title = Vekil Sunucu Kimlik Doğrulaması Gerekli
status-407-description = 401 gibidir, ancak istemcinin önce kendisiyle sunucu arasındaki bir vekil sunucuda kimliğini doğrulatması gerekir. Yanıtın Proxy-Authenticate başlığı bunun nasıl yapılacağını belirtir.
status-408-title = İstek Zaman Aşımı
status-408-description = Sunucu, beklemeye hazır olduğu süre içinde isteğin tamamını almadı ve bağlantıyı kapatıyor. Bu durumda istemci, isteği yeni bir bağlantı üzerinden yeniden gönderebilir.
status-409-title = Çakışma
status-409-description = Yapılan istek, kaynağın geçerli durumuyla çakışıyor; örneğin eski bir sürüme dayanan bir düzenleme. Çakışmayı çoğunlukla en son sürümü alarak giderin ve yeniden deneyin.
status-410-title = Kalıcı Olarak Kaldırıldı
status-410-description = Kaynak eskiden buradaydı, ancak bilerek kaldırıldı ve geri gelmeyecek; bilinen yeni bir adres de yok. Kaynağa verilen bağlantılar silinmelidir.
status-411-title = Uzunluk Gerekli
status-411-description = Sunucu, Content-Length başlığı olmadığı için isteği reddediyor. İsteği içeriğinin uzunluğuyla birlikte yeniden gönderin.
status-412-title = Ön Koşul Başarısız
status-412-description = Sunucuda, istek başlıklarındaki If-Match veya If-Unmodified-Since gibi bir koşulun yanlış olduğu ortaya çıktı. Genellikle, bu arada başka birinin değiştirdiği bir kaynağın üzerine yazılmasını önler.
status-413-title = İçerik Çok Büyük
status-413-description = Gönderilen isteğin içeriği, sunucunun işlemek istediği veya işleyebileceği boyuttan büyük. Daha az veri gönderin; sınır yalnızca geçiciyse Retry-After başlığı ne zaman yeniden deneneceğini belirtebilir.
status-414-title = URI Çok Uzun
status-414-description = İstenen adres, sunucunun yorumlamayı kabul ettiğinden daha uzun. Bu durum çoğunlukla sorgu dizesine çok fazla veri konmasından ileri gelir; bu tür verileri bunun yerine istek gövdesinde gönderin.
status-415-title = Desteklenmeyen Medya Türü
status-415-description = Sunucu, isteğin içeriği kaynağın bu yöntem için desteklemediği bir biçimde olduğu ya da böyle bir kodlama kullandığı için isteği reddediyor. Content-Type ve Content-Encoding başlıklarını kontrol edin.
status-416-title = Karşılanamayan Aralık
status-416-description = Range başlığında istenen aralıkların hiçbiri sunulamıyor; örneğin kaynağın sonundan sonra başladıkları için. Yanıt genellikle kaynağın geçerli uzunluğunu bir Content-Range başlığında bildirir.
status-417-title = Beklenti Başarısız
status-417-description = Sunucu, isteğin Expect başlığında belirtilen beklentiyi karşılayamıyor. Bu durumda istemci, isteği söz konusu başlık olmadan yeniden gönderebilir.
status-418-title = Ben Bir Çaydanlığım
status-418-description = HTTP’de ayrılmıştır ve kullanılmaz. Bir çaydanlığın kahve demlemeyi reddettiği bir 1 Nisan şakası olan Hiper Metin Kahve Demliği Kontrol Protokolü’nden gelir; bazı sunucular onu hâlâ gizli bir sürpriz (easter egg) olarak gönderir.
status-421-title = Yanlış Adreslenmiş İstek
status-421-description = Yapılan istek, adresi için yanıt üretemeyen bir sunucuya ulaştı; örneğin yeniden kullanılan bir bağlantı, o ana bilgisayar adı için yapılandırılmamış bir sunucuya çıktığı için. Bu durumda istemci farklı bir bağlantı üzerinden yeniden deneyebilir.
status-422-title = İşlenemeyen İçerik
status-422-description = Sunucu içerik türünü anlıyor ve söz dizimi doğru, ancak içeriğin söylediğine göre işlem yapamıyor; örneğin veriler doğrulamadan geçemediği için. Yeniden denemeden önce verileri düzeltin.
status-423-title = Kilitli
status-423-description = WebDAV kaynağı kilitli olduğundan yöntem ona uygulanamıyor. Kilit kaldırılana kadar bekleyin veya kilit sizdeyse kilit belirtecini gönderin.
status-424-title = Başarısız Bağımlılık
status-424-description = Yöntem, bağlı olduğu başka bir eylem başarısız olduğu için kaynak üzerinde gerçekleştirilemedi. WebDAV’da bu durum, örneğin bir değişiklik kümesindeki bir değişiklik başarısız olduğunda ve bu yüzden diğerleri uygulanmadığında ortaya çıkar.
status-425-title = Çok Erken
status-425-description = Sunucu, TLS erken verisi olarak gönderilen bir isteği işlemeyecek; çünkü bu tür veriler bir saldırgan tarafından yeniden oynatılabilir. El sıkışma tamamlandıktan sonra istemci isteği yeniden göndermelidir.
status-426-title = Yükseltme Gerekli
status-426-description = Sunucu, isteği geçerli protokol üzerinden işlemeyi reddediyor, ancak istemci başka bir protokole geçtiğinde işleyebilir. Yanıtın Upgrade başlığı, sunucunun gerektirdiği protokolleri belirtir.
status-428-title = Ön Koşul Gerekli
status-428-description = Sunucu, farklı istemcilerin yaptığı değişikliklerin birbirinin üzerine yazmaması için isteğin koşullu olmasını, örneğin bir If-Match başlığı taşımasını gerektiriyor. Geçerli sürümü alın ve isteği bir koşulla yeniden gönderin.
status-429-title = Çok Fazla İstek
status-429-description = Belirli bir süre içinde çok fazla istek gönderen istemciye hız sınırlaması uygulanıyor. Yavaşlayın; Retry-After başlığı ne kadar beklemeniz gerektiğini belirtebilir.
status-431-title = İstek Başlık Alanları Çok Büyük
status-431-description = Sunucu, isteğin başlık alanları (tek bir alan ya da hepsi birlikte) çok büyük olduğu için isteği işlemeyecek. Örneğin sitenin çerezlerini temizleyerek başlıkları küçültün ve yeniden deneyin.
status-451-title = Yasal Nedenlerle Kullanılamıyor
status-451-description = Sunucu, mahkeme kararı veya devlet sansürü gibi yasal bir talep nedeniyle kaynağa erişimi reddediyor. Yanıt, talebin ne olduğunu ve kimin yaptığını açıklamalıdır.

## 5xx Server Error

status-500-title = İç Sunucu Hatası
status-500-description = Sunucu, isteği yerine getirmesini engelleyen beklenmedik bir durumla karşılaştı. Hata sunucu tarafındadır; daha sonra yeniden deneyin ve sorun sürerse sitenin yöneticilerine başvurun.
status-501-title = Uygulanmadı
status-501-description = Sunucu, isteği yerine getirmek için gereken işlevi desteklemiyor; genellikle isteğin yöntemini hiç tanımadığı için. 405’ten farklı olarak bu durum tek bir kaynak için değil, sunucunun tamamı için geçerlidir.
status-502-title = Hatalı Ağ Geçidi
status-502-description = Ağ geçidi veya vekil sunucu olarak çalışan bir sunucu, başvurduğu yukarı akış (upstream) sunucusundan geçersiz bir yanıt aldı. Sorun sunucular arasındadır; daha sonra yeniden denemek işe yarayabilir.
status-503-title = Hizmet Kullanılamıyor
status-503-description = Sunucu, genellikle aşırı yüklendiği veya bakım için kapalı olduğu için isteği şu anda işleyemiyor. Daha sonra yeniden deneyin; Retry-After başlığı ne zaman deneneceğini belirtebilir.
status-504-title = Ağ Geçidi Zaman Aşımı
status-504-description = Ağ geçidi veya vekil sunucu olarak çalışan bir sunucu, ulaşması gereken yukarı akış (upstream) sunucusundan zamanında yanıt alamadı. Daha sonra yeniden denemek işe yarayabilir.
status-505-title = HTTP Sürümü Desteklenmiyor
status-505-description = Sunucu, istekte kullanılan HTTP ana sürümünü desteklemiyor veya desteklemeyi reddediyor. Bu durumda istemci, protokolün farklı bir sürümüyle yeniden denemelidir.
status-506-title = Varyant da Müzakere Ediyor
status-506-description = Sunucu, şeffaf içerik müzakeresi için yanlış yapılandırılmış: seçtiği varyant da müzakere yapacak şekilde ayarlanmış ve bu hiç bitmeyecek bir süreç olurdu. Deneysel bir belirtimden gelir ve nadiren görülür.
status-507-title = Yetersiz Depolama Alanı
status-507-description = Sunucu, isteği tamamlamak için gerekenleri depolayamıyor; örneğin bir disk veya kota dolduğu için. WebDAV’da bu durum geçici kabul edilir.
status-508-title = Döngü Algılandı
status-508-description = Sunucu, sonsuz derinlikli bir WebDAV isteğini işlerken sonsuz bir döngü algıladığı için işlemi durdurdu. İşlemin tamamı başarısız oldu.
status-510-title = Genişletilmedi
status-510-description = Yapılan istek, sunucunun HTTP Uzantı Çerçevesi kapsamında gerektirdiği uzantı bildirimlerini içermiyordu. Geçersiz kılınmıştır: bu çerçeve Tarihî (Historic) statüsüne alınmıştır ve bu kod kullanılmamalıdır.
status-511-title = Ağ Kimlik Doğrulaması Gerekli
status-511-description = Ağa erişmek için istemcinin oturum açması gerekir; bu genellikle halka açık Wi-Fi ağlarındaki bir giriş portalında (captive portal) olur. Yanıt, istenen siteden değil ağdan gelir. Bir web sayfası açın ve oturum açın ya da ağın koşullarını kabul edin.
