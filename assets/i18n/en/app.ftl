# The desktop app: screens, board, console, projector, overlays (src/app).
