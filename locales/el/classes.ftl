# Titles and descriptions of the five classes of HTTP status codes, named by their first digit.
# They also describe unregistered codes, which RFC 9110 says to treat like the x00 code of their class.

class-1xx-title = Πληροφόρηση
class-1xx-description = Ενδιάμεση απόκριση: το αίτημα ελήφθη και ο διακομιστής συνεχίζει να το επεξεργάζεται. Ο πελάτης πρέπει να περιμένει την τελική απόκριση που θα ακολουθήσει.
class-2xx-title = Επιτυχία
class-2xx-description = Το αίτημα ελήφθη, κατανοήθηκε και έγινε αποδεκτό με επιτυχία.
class-3xx-title = Ανακατεύθυνση
class-3xx-description = Ο πελάτης πρέπει να κάνει μια επιπλέον ενέργεια για να ολοκληρωθεί το αίτημα, συνήθως να ακολουθήσει μια ανακατεύθυνση σε άλλη διεύθυνση.
class-4xx-title = Σφάλμα πελάτη
class-4xx-description = Το αίτημα περιέχει κάποιο σφάλμα, όπως εσφαλμένη σύνταξη, ή δεν μπορεί να εκτελεστεί όπως στάλθηκε. Ο πελάτης πρέπει να το διορθώσει πριν δοκιμάσει ξανά.
class-5xx-title = Σφάλμα διακομιστή
class-5xx-description = Ο διακομιστής δεν κατάφερε να εκτελέσει ένα αίτημα που φαίνεται έγκυρο. Το πρόβλημα βρίσκεται στον διακομιστή και μια νέα προσπάθεια αργότερα ίσως βοηθήσει.
