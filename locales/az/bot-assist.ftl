# Agentə köməkçi: müraciəti götürəndə təklif olunan makroslar.
assist-macros = ⚡ Həmkarların belə müraciətlərdə ən çox göndərdiyi makroslar. Göndərmək üçün toxunun:
