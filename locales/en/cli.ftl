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

## httpstatus site

# After writing the site: "1985 files for 30 languages in site/".
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
