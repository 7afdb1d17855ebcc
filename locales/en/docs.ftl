### Words used when the status table is rendered as documentation by "httpstatus docs" (Markdown,
### HTML, reStructuredText, JSON); the rendered tables are committed under docs/.

# The title of the rendered table: the first heading and the page title of the docs.
docs-caption = HTTP status codes
# The sentence under the caption of the docs table. Keep "IANA" as it is.
docs-intro = Every status code in the IANA HTTP Status Code Registry, with the specification that defines it.

## Column headings of the status table in the docs, as your language writes table headings. No
## placeholders. "Enum Name" heads names such as NOT_FOUND (the enum member in Rust and Python),
## "Reason Phrase" the English phrase sent on the wire ("Not Found"), "Status" where a code stands
## in its life (standard, experimental, …) and "Other Names" older names of the enum member.
docs-column-code = Code
docs-column-name = Enum Name
docs-column-details = Details
docs-column-phrase = Reason Phrase
docs-column-title = Title
docs-column-description = Description
docs-column-class = Class
docs-column-lifecycle = Status
docs-column-aliases = Other Names

# A note at the end of a rendered docs table saying where it comes from. Keep the command
# “httpstatus docs” as it is, inside your language's quotation marks.
docs-generated = Generated from the catalog's locale files with “httpstatus docs”. Do not edit by hand.
