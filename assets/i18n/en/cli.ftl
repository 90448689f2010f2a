# The command line's human output (src/cli).
