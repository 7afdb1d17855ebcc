# Słowa na stronie błędu HTML, którą aplikacja internetowa pokazuje swoim użytkownikom.

# Etykieta przed kodem i frazą przesyłaną w protokole: „Status HTTP: 404 Not Found”.
page-status-label = Status HTTP
# Link powrotny do strony głównej witryny.
page-home-link = Przejdź do strony głównej
