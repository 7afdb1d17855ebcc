# What an error page tells a visitor who is not a developer: for every client (4xx) and
# server (5xx) error, a short message that leads the page, and the action to suggest.
# Turkish: the polite "siz" of Turkish websites, imperatives in -(y)In ("deneyin", "kontrol edin").
# Fixed words: "site" site, "browser" tarayıcı, "sign in" oturum açın, "reload" sayfayı yeniden
# yükleyin, "cookies" çerezler, "the site's owner" site yöneticisi. No jargon; calm; never blame.
# The technical description of each code (status.ftl) appears below it, under "Teknik ayrıntılar".

## Client errors (4xx): something about the request. visitor-NNN leads the page;
## visitor-NNN-action says what the visitor can do.

visitor-400 = Site, tarayıcınızın gönderdiği isteği anlayamadı.
visitor-400-action = Geri dönüp yeniden deneyin. Sorun devam ederse bu sitenin çerezlerini temizleyin veya başka bir tarayıcı kullanın.
visitor-401 = Bu sayfayı görmek için oturum açmanız gerekiyor.
visitor-401-action = Oturum açın, ardından yeniden deneyin.
visitor-402 = Bu içerik için ödeme veya abonelik gerekiyor.
visitor-402-action = Bu sitedeki aboneliğinizi veya ödeme bilgilerinizi kontrol edin.
visitor-403 = Bu sayfayı görme izniniz yok.
visitor-403-action = Erişiminiz olması gerektiğini düşünüyorsanız site yöneticisiyle iletişime geçin.
visitor-404 = Aradığınız sayfayı bulamadık.
visitor-404-action = Adreste yazım hatası olup olmadığını kontrol edin veya ana sayfadan yeniden başlayın.
visitor-405 = Bu sayfa, tarayıcınızın az önce denediği şekilde kullanılamaz.
visitor-405-action = Önceki sayfaya dönün ve oradan yeniden deneyin.
visitor-406 = Sitede bu sayfanın, tarayıcınızın kabul ettiği bir biçimde veya dilde sürümü yok.
visitor-406-action = Başka bir tarayıcıyla yeniden deneyin veya tarayıcınızın dil ayarlarını değiştirin.
visitor-407 = Kullandığınız ağ, bu siteye ulaşabilmeniz için önce oturum açmanızı istiyor.
visitor-407-action = Ağınızda oturum açın, ardından yeniden deneyin.
visitor-408 = Site, tarayıcınızın isteğini göndermeyi bitirmesini çok uzun süre bekledi.
visitor-408-action = Yeniden deneyin. Bağlantınız yavaşsa önce biraz bekleyin.
visitor-409 = Değişikliğiniz bu sayfanın şu anki durumuyla çakışıyor; belki de başka biri sayfayı sizden önce değiştirdi.
visitor-409-action = En son sürümü görmek için sayfayı yeniden yükleyin, ardından değişikliğinizi tekrar yapın.
visitor-410 = Bu sayfa kalıcı olarak kaldırıldı.
visitor-410-action = Ana sayfadan yeniden başlayın veya sitede benzer içerik arayın.
visitor-411 = Tarayıcınız isteği, sitenin kabul edemeyeceği bir biçimde gönderdi.
visitor-411-action = Yeniden deneyin. Sorun devam ederse başka bir tarayıcı kullanın.
visitor-412 = Bu sayfa, tarayıcınızın onu son yüklemesinden bu yana değişti; bu yüzden hiçbir işlem yapılmadı.
visitor-412-action = Sayfayı yeniden yükleyin, ardından tekrar deneyin.
visitor-413 = Göndermeye çalıştığınız içerik, bu sitenin kabul ettiğinden daha büyük.
visitor-413-action = Daha küçük bir dosya deneyin veya bir seferde daha az içerik gönderin.
visitor-414 = Web adresi, sitenin işleyemeyeceği kadar uzun.
visitor-414-action = Adresi kontrol edin veya geri dönüp bağlantıyı yeniden açın.
visitor-415 = Site bu türdeki dosyaları veya verileri kabul etmiyor.
visitor-415-action = Başka biçimde bir dosyayla yeniden deneyin.
visitor-416 = Dosyanın, tarayıcınızın istediği bölümü mevcut değil.
visitor-416-action = İndirmeyi baştan yeniden başlatın.
visitor-417 = Site, tarayıcınızın bu istek için koyduğu bir koşulu karşılayamıyor.
visitor-417-action = Yeniden deneyin. Sorun devam ederse başka bir tarayıcı kullanın.
visitor-418 = Bu sunucu bir çaydanlık ve çaydanlıklar kahve demlemez.
visitor-418-action = Onun yerine bir kahve makinesi deneyin.
visitor-421 = İsteğiniz, bu site adına yanıt veremeyen bir sunucuya ulaştı.
visitor-421-action = Biraz sonra sayfayı yeniden yükleyin.
visitor-422 = Site gönderdiğiniz bilgileri anladı, ancak bir kısmı geçerli değil.
visitor-422-action = Girdiğiniz bilgileri kontrol edip düzeltin ve yeniden gönderin.
visitor-423 = Bu öğe şu anda kullanıldığı veya düzenlendiği için kilitli.
visitor-423-action = Bir süre bekleyin, ardından yeniden deneyin.
visitor-424 = Bu işlem, bağlı olduğu bir adım başarısız olduğu için tamamlanamadı.
visitor-424-action = İşlemin tamamını yeniden deneyin.
visitor-425 = Güvenliğiniz için site bu isteği henüz işleme almadı.
visitor-425-action = Yeniden deneyin.
visitor-426 = Site, tarayıcınızın kullandığından daha yeni ve daha güvenli bir bağlantı gerektiriyor.
visitor-426-action = Tarayıcınızı veya uygulamanızı güncelleyin, ardından yeniden deneyin.
visitor-428 = Başka birinin değişikliklerinin üzerine yazılmaması için sitenin hangi sürümü düzenlediğinizi bilmesi gerekiyor.
visitor-428-action = Sayfayı yeniden yükleyin, ardından değişikliğinizi tekrar yapın.
visitor-429 = Site kısa süre içinde sizden çok fazla istek aldı.
visitor-429-action = Bir süre bekleyin, ardından yeniden deneyin.
visitor-431 = Tarayıcınız istekle birlikte çok fazla ek bilgi gönderdi; bunun nedeni genellikle büyük çerezlerdir.
visitor-431-action = Bu sitenin çerezlerini temizleyin, ardından yeniden deneyin.
visitor-451 = Bu sayfaya yasal nedenlerle buradan erişilemiyor.
visitor-451-action = Ana sayfadan yeniden başlayın; site bunun nedenini başka bir yerde açıklıyor olabilir.

## Server errors (5xx): something went wrong on the site's side, not the visitor's.

visitor-500 = Site tarafında bir sorun oluştu.
visitor-500-action = Birkaç dakika sonra yeniden deneyin. Sorun devam ederse site yöneticisine bildirin.
visitor-501 = Site, tarayıcınızın ondan istediği şeyi yapamıyor.
visitor-501-action = Önceki sayfaya dönün.
visitor-502 = Site, bağlı olduğu başka bir sunucudan geçerli bir yanıt alamadı.
visitor-502-action = Birkaç dakika sonra yeniden deneyin.
visitor-503 = Site şu anda isteğinizi karşılayamıyor.
visitor-503-action = Birkaç dakika sonra yeniden deneyin.
visitor-504 = Site, bağlı olduğu başka bir sunucuyu çok uzun süre bekledi.
visitor-504-action = Birkaç dakika sonra yeniden deneyin.
visitor-505 = Site, tarayıcınızın kullandığı bağlantı türünü desteklemiyor.
visitor-505-action = Tarayıcınızı veya uygulamanızı güncelleyin, ardından yeniden deneyin.
visitor-506 = Site, bu sayfanın hangi sürümünü göstereceğini seçemeyecek şekilde yapılandırılmış.
visitor-506-action = Site yöneticisine bildirin.
visitor-507 = Sitede isteğiniz için yeterli depolama alanı kalmadı.
visitor-507-action = Daha sonra yeniden deneyin veya site yöneticisine bildirin.
visitor-508 = Site, isteğinizi işlerken bir döngüye girdi.
visitor-508-action = Site yöneticisine bildirin.
visitor-510 = Site, isteği işleyebilmek için istekte daha fazla bilgiye ihtiyaç duyuyor.
visitor-510-action = Site yöneticisine bildirin.
visitor-511 = İnternete erişebilmek için önce ağda oturum açmanız gerekiyor.
visitor-511-action = Ağın giriş sayfasına ulaşmak için herhangi bir web sayfasını açın, ardından oturum açın.

## Codes without a message of their own (such as 499 or 599) use their class's.

visitor-4xx = İstekle ilgili bir sorun olduğu için site işlemi tamamlayamadı.
visitor-4xx-action = Adresi kontrol edin veya geri dönüp yeniden deneyin.
visitor-5xx = Site tarafında bir sorun oluştu.
visitor-5xx-action = Birkaç dakika sonra yeniden deneyin.
