# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are; Fluent chooses the plural form from the number, so give
# every form your language needs (https://projectfluent.org/fluent/guide/selectors.html).

## Labels of a described code: "Class: 4xx (Client Error)".

cli-label-class = Class
cli-label-name = Name
cli-label-aliases = Other names
cli-label-phrase = Reason phrase
cli-label-lifecycle = Status
cli-label-references = Defined in
cli-label-locale = Language
cli-label-cacheable = Cacheable by default
cli-label-no-content = Never has content
cli-yes = yes
cli-no = no
# The class after its label: "4xx (Client Error)". { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: "RFC 9110, Section 15.5.5 — HTTP Semantics".
# { $citation } is the citation, { $title } the specification's title.
cli-reference-value = { $citation } — { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = Not a registered status code: described from its class, as RFC 9110 requires.
# Shown under 306, which the registry keeps reserved.
cli-reserved = Reserved in the registry and no longer used: described from its class, as RFC 9110 requires.

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } registered code
       *[other] { $count } registered codes
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } is not an HTTP status code: codes range from 100 to 599.
cli-error-unknown-name = “{ $input }” is neither a status code nor a known status name.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” is neither a status code nor a known status name. Did you mean { $name }?
cli-error-bad-tag = “{ $tag }” is not a language tag; write one like en, ru or pt-BR.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = No locale matches “{ $requested }”; using { $chosen } ({ $name }).
cli-error-no-folder = { $path } is not a folder of locale folders.
cli-error-no-locale = There is no locale folder { $tag } on disk in { $path }.
cli-error-not-a-tag = “{ $tag }” is not a language tag in canonical form; write it like pt-BR.
cli-error-exists = { $path } already has files; pass --force to overwrite them.
# { $error } is the operating system's message, usually in English.
cli-error-io = Cannot write { $path }: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    } in { $path }; “httpstatus check” lists them.

## httpstatus check

# One line per locale: "ru: 187/187 translated, 0 missing, 0 stale".
cli-check-locale = { $tag }: { $translated }/{ $total } translated, { $missing } missing, { $stale } stale
# The last line: "0 errors, 2 warnings in 30 locales".
cli-check-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in { $locales ->
        [one] { $locales } locale
       *[other] { $locales } locales
    }
cli-check-recorded = Recorded the current English of { $tag } in { $path }.

## httpstatus locales: the state of each locale.

cli-locale-current = complete, current
cli-locale-stale = complete, { $stale } stale
cli-locale-partial = partial: { $missing } missing, { $stale } stale
cli-locale-pseudo = pseudo-locale, generated from English
cli-locale-from-disk = (from disk)

## httpstatus template

cli-template-wrote = Wrote { $path }
cli-template-next = Next: translate, then run “httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] { $path } written
cli-docs-unchanged = [{ $done }/{ $total }] { $path } unchanged

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 pages". { $tag } is a language tag.
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
# The last line. { $path } is the output folder.
cli-pages-done = { $written ->
        [one] { $written } file written
       *[other] { $written } files written
    }, { $unchanged } unchanged in { $path }.
# One line per server configuration file written, telling the operator to include it.
cli-pages-snippet = Include: { $path }
# A locale named in --locales that the catalog does not have. Keep “httpstatus locales”.
cli-error-pages-locale = No locale matches “{ $tag }”; “httpstatus locales” lists them.
# A value of --codes that is neither an error code nor 4xx or 5xx. Keep 4xx and 5xx.
cli-error-pages-code = “{ $input }” is not an error code: give codes from 400 to 599, 4xx or 5xx.
# A value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = “{ $input }” is not a page format: give html, json or both.
# The folder the server configuration would name holds characters that configuration files
# cannot hold, or is not absolute. Keep --install-dir.
cli-error-pages-install-dir = { $path } cannot be named in a server configuration: give an absolute path without quotes, braces, semicolons or dollar signs with --install-dir.

## httpstatus serve: the error-page server.

# The start line, on stderr. { $address } is like 127.0.0.1:8080; keep “http://{ $address }”
# in one piece, scripts read it.
cli-serve-listening = Serving error pages on http://{ $address } in { $locales } languages; /healthz answers probes.
# After SIGTERM or Ctrl-C.
cli-serve-stopping = Stopping: finishing the requests under way.
# --listen was not an address. Keep the examples as they are.
cli-error-serve-listen = “{ $address }” is not an address to listen on; write it like 127.0.0.1:8080 or [::1]:8080.
# { $error } is the operating system's message, usually in English.
cli-error-serve-bind = Cannot listen on { $address }: { $error }
