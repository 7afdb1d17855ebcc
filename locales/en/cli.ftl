### Words of the httpstatus command-line tool (CLI). Only the tool reads this file.
### Keep { $variables } as they are; Fluent chooses the plural form from the number, so give
### every form your language needs (https://projectfluent.org/fluent/guide/selectors.html).

## Labels before the values when httpstatus (CLI) describes a code: "Class: 4xx (Client Error)".
## Each label is joined to its value by locale-label-value, so write no colon here. No
## placeholders.

cli-label-class = Class
cli-label-name = Name
cli-label-aliases = Other names
cli-label-phrase = Reason phrase
cli-label-lifecycle = Status
cli-label-references = Defined in
cli-label-locale = Language
cli-label-cacheable = Cacheable by default
cli-label-no-content = Never has content
# The values of the two yes-or-no labels above in httpstatus (CLI).
cli-yes = yes
cli-no = no
# The class after its label in httpstatus (CLI): "4xx (Client Error)". { $class } is like
# 4xx, { $title } the class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label in httpstatus (CLI): "RFC 9110, Section 15.5.5 —
# HTTP Semantics". { $citation } is the citation, { $title } the specification's title.
cli-reference-value = { $citation } — { $title }
# Shown by httpstatus (CLI) under a code that is not registered, such as 299. Keep "RFC 9110".
cli-unregistered = Not a registered status code: described from its class, as RFC 9110 requires.
# Shown by httpstatus (CLI) under 306, which the registry keeps reserved. Keep "RFC 9110".
cli-reserved = Reserved in the registry and no longer used: described from its class, as RFC 9110 requires.

## The heading when httpstatus (CLI) lists a class: "httpstatus 4xx". { $class } is "4xx",
## { $title } the class's name, { $count } the number of codes (give every plural form).

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } registered code
       *[other] { $count } registered codes
    }

## Mistakes in the command line of httpstatus (CLI), one line on stderr each. { $input } is what
## was typed. Keep the option --force and the example tags en, ru and pt-BR as they are.

# { $input } is a number outside 100 to 599; keep the numbers 100 and 599.
cli-error-out-of-range = { $input } is not an HTTP status code: codes range from 100 to 599.
cli-error-unknown-name = “{ $input }” is neither a status code nor a known status name.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” is neither a status code nor a known status name. Did you mean { $name }?
# { $tag } is what was given as a language tag.
cli-error-bad-tag = “{ $tag }” is not a language tag; write one like en, ru or pt-BR.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = No locale matches “{ $requested }”; using { $chosen } ({ $name }).
# { $path } is the folder given with --locales-dir.
cli-error-no-folder = { $path } is not a folder of locale folders.
# { $tag } is the locale asked for, { $path } the folder searched.
cli-error-no-locale = There is no locale folder { $tag } on disk in { $path }.
# { $tag } is the folder name given to httpstatus template.
cli-error-not-a-tag = “{ $tag }” is not a language tag in canonical form; write it like pt-BR.
# { $path } is the folder that already has files.
cli-error-exists = { $path } already has files; pass --force to overwrite them.
# { $error } is the operating system's message, usually in English; { $path } the file.
cli-error-io = Cannot write { $path }: { $error }

## Loading locale folders from disk (--locales-dir) in httpstatus (CLI): { $count } is the
## number of warnings (give every plural form), { $path } the folder. Keep “httpstatus check”.

cli-disk-warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    } in { $path }; “httpstatus check” lists them.

## httpstatus check (CLI): the report on every locale.

# One line per locale: "ru: 187/187 translated, 0 missing, 0 stale". { $tag } is the locale,
# { $translated }, { $total }, { $missing } and { $stale } are numbers.
cli-check-locale = { $tag }: { $translated }/{ $total } translated, { $missing } missing, { $stale } stale
# The last line: "0 errors, 2 warnings in 30 locales". { $errors }, { $warnings } and
# { $locales } are numbers: give every plural form of each.
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
# After --update-source: { $tag } is the locale, { $path } the sources.txt written.
cli-check-recorded = Recorded the current English of { $tag } in { $path }.

## httpstatus locales (CLI): the state of each locale, after its tag and name.

cli-locale-current = complete, current
# { $stale } is a number of messages.
cli-locale-stale = complete, { $stale } stale
# { $missing } and { $stale } are numbers of messages.
cli-locale-partial = partial: { $missing } missing, { $stale } stale
cli-locale-pseudo = pseudo-locale, generated from English
cli-locale-from-disk = (from disk)

## httpstatus template (CLI): what was written, and what to do next. { $path } is a file or
## folder, { $tag } the new locale. Keep the command in quotation marks as it is.

cli-template-wrote = Wrote { $path }
cli-template-next = Next: translate, then run “httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir (CLI): progress, one line per file. { $done } and { $total } count
## the files, { $path } is the file. Keep the square brackets or use your language's.

cli-docs-written = [{ $done }/{ $total }] { $path } written
cli-docs-unchanged = [{ $done }/{ $total }] { $path } unchanged

## httpstatus site

# After writing the site: "1985 files for 30 languages in site/". { $files } is the number of
# files and { $languages } the number of languages (give every plural form of both), { $path }
# the output folder.
cli-site-written = { $files ->
        [one] { $files } file
       *[other] { $files } files
    } for { $languages ->
        [one] { $languages } language
       *[other] { $languages } languages
    } in { $path }
# Shown after the line above when no --base-url was given. Keep “--base-url” and “sitemap.xml”.
cli-site-no-sitemap = No sitemap.xml: a sitemap needs absolute addresses; give --base-url to write one.
# { $url } is what was given after --base-url.
cli-error-base-url = “{ $url }” is not a base URL: give an http or https address without a query, like https://example.org/http/.

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 pages". { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (give every plural form).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
# The last line of httpstatus pages: { $written } files written (give every plural form),
# { $unchanged } files left as they were, { $path } the output folder.
cli-pages-done = { $written ->
        [one] { $written } file written
       *[other] { $written } files written
    }, { $unchanged } unchanged in { $path }.
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: { $count } files were deleted (give every plural form).
cli-pages-removed = { $count ->
        [one] Removed { $count } file of an earlier run that this one no longer writes.
       *[other] Removed { $count } files of an earlier run that this one no longer writes.
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = Include: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep “httpstatus locales”.
cli-error-pages-locale = No locale matches “{ $tag }”; “httpstatus locales” lists them.
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = “{ $input }” is not an error code: give codes from 400 to 599, 4xx or 5xx.
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = “{ $input }” is not a page format: give html, json or both.
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir.
cli-error-pages-install-dir = { $path } cannot be named in a server configuration: give an absolute path without quotes, braces, semicolons or dollar signs with --install-dir.

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# “http://{ $address }” in one piece, scripts read it. { $locales } is the number of languages.
cli-serve-listening = Serving error pages on http://{ $address } in { $locales } languages; /healthz answers probes.
# After SIGTERM or Ctrl-C.
cli-serve-stopping = Stopping: finishing the requests under way.
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are.
cli-error-serve-listen = “{ $address }” is not an address to listen on; write it like 127.0.0.1:8080 or [::1]:8080.
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = Cannot listen on { $address }: { $error }
