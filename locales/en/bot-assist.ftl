# Agent assist: macros suggested when an agent takes a ticket.
assist-macros = ⚡ Macros colleagues used most on tickets like this one, one tap sends:
