# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Hindi: the labels reuse the words of docs.ftl and cli.ftl (श्रेणी, स्थिति, एनम नाम, स्थिति संदेश).

## हर पेज पर

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = भाषाएँ
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = सामग्री पर जाएँ
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Not Found"), { $site } the name of the site ("HTTP स्थिति कोड"). A spaced em
# dash: a vertical bar would look like the danda (।) that ends a Hindi sentence.
site-page-title = { $page } — { $site }
# The last line of every page.
site-footer = http-status-catalog की लोकेल फ़ाइलों से जनरेट किया गया। एनम नाम, स्थिति संदेश और उदाहरण के अनुरोध व प्रतिक्रियाएँ वैसे ही रहते हैं जैसे HTTP उन्हें लिखता है।

## किसी भाषा का इंडेक्स: श्रेणी के अनुसार समूहित स्थिति तालिका

# The heading of the table of contents, which lists the five classes.
site-contents = विषय-सूची
# After a class in the table of contents: { $count } is how many codes it has. Hindi has the
# CLDR categories one (0 and 1) and other; कोड has the same form for both.
site-class-count = { $count ->
        [one] { $count } कोड
       *[other] { $count } कोड
    }

## किसी एक स्थिति कोड का पेज

# The link back to the index, at the top of the page.
site-all-codes = सभी स्थिति कोड
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = विज़िटर को क्या बताया जाता है
# Labels in the list of facts about a code, each followed by its value.
site-label-class = श्रेणी
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = स्थिति
site-label-name = एनम नाम
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = पुराने नाम
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = स्थिति संदेश
# The specification sections that define the code, each linked.
site-label-references = इसमें परिभाषित
site-label-caching = कैशिंग
site-label-content = सामग्री
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = डिफ़ॉल्ट रूप से कैश करने योग्य: कोई कैश इस प्रतिक्रिया को संग्रहीत करके दोबारा उपयोग कर सकता है, भले ही इसके हेडर इसकी ताज़गी के बारे में कुछ न बताएँ।
# The value of "Caching" for the other codes.
site-cacheable-no = डिफ़ॉल्ट रूप से कैश करने योग्य नहीं: कैश इस प्रतिक्रिया को तभी संग्रहीत करता है जब इसके हेडर इसकी अनुमति दें।
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = हमेशा बिना सामग्री: प्रतिक्रिया अपने हेडरों पर ही समाप्त हो जाती है।
# The value of "Content" for the other codes.
site-no-content-no = इसमें सामग्री हो सकती है, जैसे स्थिति को समझाने वाला कोई पेज।
# The heading above an example of a request and its response.
site-example = अनुरोध और प्रतिक्रिया का उदाहरण
# Below the example.
site-example-note = एक अनुरोध, फिर स्थिति पंक्ति और प्रतिक्रिया के वे हेडर जो इस कोड के लिए मायने रखते हैं। संदेशों की सामग्री नहीं दिखाई गई है।
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = पिछला और अगला कोड

## मूल पेज, जिसमें सभी भाषाओं की सूची है

# Its heading, shown before a language is chosen and followed by the list of languages, each
# in its own language; it is used on the language's own pages too.
site-root-heading = भाषा चुनें
