# A small Sphinx project with the status table as one of its pages. The table is written by
#   httpstatus docs --format rst --lang en > status-codes.rst
# and needs no extension and no directive of its own: it is a page like any other, named in a
# toctree (index.rst), and each of its rows has a label, status-404, for :ref:.
project = "Example API"
author = "Example"
extensions = []
exclude_patterns = ["_build"]
