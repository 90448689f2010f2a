# Narration: the one sentence each event and decision of the log reads as (src/narrate.rs).
