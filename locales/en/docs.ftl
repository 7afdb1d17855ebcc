# Words used when the status table is rendered as documentation.

docs-caption = HTTP status codes
docs-intro = Every status code in the IANA HTTP Status Code Registry, with the specification that defines it.

# Column headings of the status table.
docs-column-code = Code
docs-column-name = Enum Name
docs-column-details = Details
docs-column-phrase = Reason Phrase
docs-column-title = Title
docs-column-description = Description
docs-column-class = Class
docs-column-lifecycle = Status
docs-column-aliases = Other Names

# A note at the end of a rendered table saying where it comes from.
docs-generated = Generated from the catalog's locale files with “httpstatus docs”. Do not edit by hand.
