# A tiny Sphinx project that shows the http-status-table directive.
#
#   python -m sphinx -W -b html . _build/en
#   python -m sphinx -W -b html -D language=ru . _build/ru
#
# The table follows `language`: the Russian build gets Russian headings, class names and
# citations without a translation catalog of its own.

project = "HTTP status codes"
author = "http-status-catalog"
extensions = ["http_status_catalog.sphinx"]
language = "en"
html_theme = "alabaster"
