# The name of this language, written in this language.
locale-name = English

# Labels printed by the httpstatus command-line tool.
cli-label-code = Code
cli-label-name = Name
cli-label-aliases = Other names
cli-label-phrase = Reason phrase
cli-label-title = Title
cli-label-description = Description
cli-label-class = Class
cli-label-lifecycle = Status
cli-label-references = Defined in
cli-label-locale = Language
cli-label-cacheable = Cacheable by default
cli-label-no-content = Never has content
cli-yes = yes
cli-no = no
cli-unregistered = Not a registered status code: described from its class, as RFC 9110 requires.
