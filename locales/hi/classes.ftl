# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = सूचनात्मक
class-1xx-description = एक अंतरिम प्रतिक्रिया: अनुरोध मिल गया है और सर्वर अभी उसे प्रोसेस कर रहा है। क्लाइंट को इसके बाद आने वाली अंतिम प्रतिक्रिया की प्रतीक्षा करनी चाहिए।
class-2xx-title = सफलता
class-2xx-description = अनुरोध सफलतापूर्वक प्राप्त हुआ, समझा गया और स्वीकार किया गया।
class-3xx-title = रीडायरेक्शन
class-3xx-description = अनुरोध पूरा करने के लिए क्लाइंट को आगे कोई कार्रवाई करनी होगी, आमतौर पर किसी दूसरे पते पर ले जाने वाले रीडायरेक्ट का पालन करके।
class-4xx-title = क्लाइंट त्रुटि
class-4xx-description = अनुरोध में कोई त्रुटि है, जैसे गलत सिंटैक्स, या उसे जिस रूप में भेजा गया है उस रूप में पूरा नहीं किया जा सकता। दोबारा कोशिश करने से पहले क्लाइंट को उसे ठीक करना चाहिए।
class-5xx-title = सर्वर त्रुटि
class-5xx-description = सर्वर एक ऐसा अनुरोध पूरा नहीं कर सका जो मान्य प्रतीत होता है। समस्या सर्वर की ओर से है, और बाद में दोबारा कोशिश करने से मदद मिल सकती है।
