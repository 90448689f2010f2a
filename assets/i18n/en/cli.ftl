# The command line's human output (src/cli).

## hotline play
# The turn column of `play --log`: "[turn  3] detection ...".
cli-log-turn = turn
cli-saved-to = saved to { $path }
