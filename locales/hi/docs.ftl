# Words used when the status table is rendered as documentation.

docs-caption = HTTP स्थिति कोड
docs-intro = IANA की HTTP स्थिति कोड रजिस्ट्री का हर स्थिति कोड, उसे परिभाषित करने वाले विनिर्देश के साथ।

# Column headings of the status table.
docs-column-code = कोड
docs-column-name = एनम नाम
docs-column-details = विस्तृत जानकारी
docs-column-phrase = स्थिति संदेश
docs-column-title = शीर्षक
docs-column-description = विवरण
docs-column-class = श्रेणी
docs-column-lifecycle = स्थिति
docs-column-aliases = अन्य नाम

# A note at the end of a rendered table saying where it comes from.
docs-generated = कैटलॉग की लोकेल फ़ाइलों से “httpstatus docs” द्वारा जनरेट किया गया। इसे हाथ से संपादित न करें।
