# Telegram Mini App (webapp/) strings, English. This is the fallback language:
# every message must exist here.

app-title = Support
app-loading = Loading…

## Home page

# $name — the user's first name from Telegram.
home-greeting = Hello, { $name }!
home-subtitle = This is your support cabinet. Your tickets, the knowledge base and settings will appear here soon.

## Errors

error-open-from-bot-title = Please open this page from the bot
error-open-from-bot = This page works only inside Telegram. Open it with the button in our support bot.
error-unauthorized-title = We couldn’t verify your Telegram session
error-unauthorized = Please close this page and open it again from the bot.
error-generic-title = Something went wrong
error-generic = We couldn’t load your profile. Please check your connection and try again.
# $reason — a technical explanation sent by the server (not translated).
error-reason = Details: { $reason }
error-retry = Try again
