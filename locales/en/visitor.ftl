# What an error page tells a visitor who is not a developer: for every client (4xx) and
# server (5xx) error, a short message that leads the page, and the action to suggest.
# Write for anyone using a website: no jargon ("request" is fine, "upstream" or "POST" are
# not), address the visitor directly, one or two short sentences each. The technical
# description of each code (status.ftl) appears below it, under "Technical details".
# Keep the tone calm and never blame the visitor.

## Client errors (4xx): something about the request. visitor-NNN leads the page;
## visitor-NNN-action says what the visitor can do.

visitor-400 = The site couldn't understand the request your browser sent.
visitor-400-action = Go back and try again. If it keeps happening, clear this site's cookies or use another browser.
visitor-401 = You need to sign in to see this page.
visitor-401-action = Sign in, then try again.
visitor-402 = This content needs a payment or a subscription.
visitor-402-action = Check your subscription or payment details on this site.
visitor-403 = You don't have permission to see this page.
visitor-403-action = If you think you should have access, contact the site's owner.
visitor-404 = We couldn't find the page you were looking for.
visitor-404-action = Check the address for typing mistakes, or start again from the home page.
visitor-405 = This page can't be used the way your browser just tried to use it.
visitor-405-action = Go back to the previous page and try again from there.
visitor-406 = The site has no version of this page in a format or language your browser accepts.
visitor-406-action = Try again with another browser, or change your browser's language settings.
visitor-407 = The network you are using wants you to sign in before you can reach this site.
visitor-407-action = Sign in to your network, then try again.
visitor-408 = The site waited too long for your browser to finish sending its request.
visitor-408-action = Try again. If your connection is slow, wait a moment first.
visitor-409 = Your change clashes with the current state of this page, perhaps because someone else changed it first.
visitor-409-action = Reload the page to see the latest version, then make your change again.
visitor-410 = This page has been removed for good.
visitor-410-action = Start again from the home page, or search the site for similar content.
visitor-411 = Your browser sent the request in a form the site can't accept.
visitor-411-action = Try again. If it keeps happening, use another browser.
visitor-412 = This page changed since your browser last loaded it, so nothing was done.
visitor-412-action = Reload the page, then try again.
visitor-413 = What you tried to send is larger than this site accepts.
visitor-413-action = Try a smaller file, or send less at once.
visitor-414 = The web address is too long for the site to handle.
visitor-414-action = Check the address, or go back and follow the link again.
visitor-415 = The site doesn't accept this type of file or data.
visitor-415-action = Try again with a file in another format.
visitor-416 = The part of the file your browser asked for doesn't exist.
visitor-416-action = Start the download again from the beginning.
visitor-417 = The site can't meet a condition your browser set for this request.
visitor-417-action = Try again. If it keeps happening, use another browser.
visitor-418 = This server is a teapot, and teapots don't brew coffee.
visitor-418-action = Try a coffee pot instead.
visitor-421 = Your request reached a server that can't answer for this site.
visitor-421-action = Reload the page in a moment.
visitor-422 = The site understood what you sent, but some of it isn't valid.
visitor-422-action = Check what you entered, correct it, and send it again.
visitor-423 = This item is locked because it is in use or being edited.
visitor-423-action = Wait a while, then try again.
visitor-424 = This could not be completed because a step it depends on failed.
visitor-424-action = Try the whole operation again.
visitor-425 = For your safety, the site didn't act on this request yet.
visitor-425-action = Try again.
visitor-426 = The site needs a newer, more secure connection than your browser used.
visitor-426-action = Update your browser or app, then try again.
visitor-428 = To avoid overwriting someone else's changes, the site needs to know which version you are editing.
visitor-428-action = Reload the page, then make your change again.
visitor-429 = Too many requests came from you in a short time.
visitor-429-action = Wait a while, then try again.
visitor-431 = Your browser sent too much extra information with the request, often because of large cookies.
visitor-431-action = Clear this site's cookies, then try again.
visitor-451 = This page isn't available here for legal reasons.
visitor-451-action = Start again from the home page; the site may explain the reason elsewhere.

## Server errors (5xx): something went wrong on the site's side, not the visitor's.

visitor-500 = Something went wrong on the site's side.
visitor-500-action = Try again in a few minutes. If it keeps happening, let the site's owner know.
visitor-501 = The site can't do what your browser asked of it.
visitor-501-action = Go back to the previous page.
visitor-502 = The site didn't get a valid answer from another server it depends on.
visitor-502-action = Try again in a few minutes.
visitor-503 = The site can't handle your request right now.
visitor-503-action = Try again in a few minutes.
visitor-504 = The site waited too long for another server it depends on.
visitor-504-action = Try again in a few minutes.
visitor-505 = The site doesn't support the kind of connection your browser used.
visitor-505-action = Update your browser or app, then try again.
visitor-506 = The site is set up in a way that keeps it from choosing a version of this page to show.
visitor-506-action = Let the site's owner know.
visitor-507 = The site has run out of storage space for your request.
visitor-507-action = Try again later, or let the site's owner know.
visitor-508 = The site went round in a loop while handling your request.
visitor-508-action = Let the site's owner know.
visitor-510 = The site needs more information with the request before it can handle it.
visitor-510-action = Let the site's owner know.
visitor-511 = You need to sign in to the network before you can use the internet.
visitor-511-action = Open any web page to reach the network's sign-in page, then sign in.

## Codes without a message of their own (such as 499 or 599) use their class's.

visitor-4xx = There was a problem with the request, so the site couldn't complete it.
visitor-4xx-action = Check the address, or go back and try again.
visitor-5xx = Something went wrong on the site's side.
visitor-5xx-action = Try again in a few minutes.
