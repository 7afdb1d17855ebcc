# Words used when the status table is rendered as documentation.

docs-caption = Κωδικοί κατάστασης HTTP
docs-intro = Όλοι οι κωδικοί κατάστασης του μητρώου κωδικών κατάστασης HTTP της IANA, ο καθένας με την προδιαγραφή που τον ορίζει.

# Column headings of the status table.
docs-column-code = Κωδικός
docs-column-name = Όνομα απαρίθμησης
docs-column-details = Λεπτομέρειες
docs-column-phrase = Φράση κατάστασης
docs-column-title = Τίτλος
docs-column-description = Περιγραφή
docs-column-class = Κατηγορία
docs-column-lifecycle = Κατάσταση
docs-column-aliases = Άλλα ονόματα

# A note at the end of a rendered table saying where it comes from.
docs-generated = Δημιουργήθηκε από τα αρχεία γλωσσών του καταλόγου με την εντολή «httpstatus docs». Μην το επεξεργάζεστε με το χέρι.
