# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = HTTP सिमेंटिक्स
spec-rfc2518 = वितरित ऑथरिंग के लिए HTTP एक्सटेंशन (WebDAV)
spec-rfc4918 = वेब पर वितरित ऑथरिंग और वर्शनिंग के लिए HTTP एक्सटेंशन (WebDAV)
spec-rfc5842 = WebDAV के लिए बाइंडिंग एक्सटेंशन
spec-rfc3229 = HTTP में डेल्टा एन्कोडिंग
spec-rfc8297 = संकेत देने के लिए एक HTTP स्थिति कोड
spec-rfc8470 = HTTP में अर्ली डेटा का उपयोग
spec-rfc6585 = अतिरिक्त HTTP स्थिति कोड
spec-rfc7725 = कानूनी बाधाओं की सूचना देने के लिए एक HTTP स्थिति कोड
spec-rfc2295 = HTTP में पारदर्शी सामग्री नेगोशिएशन
spec-rfc2774 = एक HTTP एक्सटेंशन फ़्रेमवर्क
spec-rfc2324 = हाइपर टेक्स्ट कॉफ़ी पॉट कंट्रोल प्रोटोकॉल (HTCPCP/1.0)
spec-draft-resumable-upload = HTTP में बीच से जारी रखे जा सकने वाले अपलोड (इंटरनेट-ड्राफ़्ट)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, खंड { $section }
# A citation of an Experimental RFC: "RFC 5842, खंड 7.1 (प्रायोगिक)". { $citation } is
# the citation above; use it exactly once.
spec-citation-experimental = { $citation } (प्रायोगिक)

# Where a status code stands in its life.
lifecycle-standard = मानक
lifecycle-experimental = प्रायोगिक
lifecycle-provisional = अनंतिम
lifecycle-deprecated = अनुशंसित नहीं
lifecycle-obsoleted = अप्रचलित
lifecycle-reserved = आरक्षित
