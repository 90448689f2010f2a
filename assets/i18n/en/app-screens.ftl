# The screens before the board (src/app/screens/, src/app/saves.rs): title,
# scenario picker, mode choice, resuming an autosave.

app-window-title = Hotline — allied cyber-incident exercise
app-settings-not-used = hotline: settings not used (the file is left as it is): { $problem }

## Title
app-title-tagline = A tabletop exercise in allied cyber-incident response
app-title-about = United States · Republic of Korea — information sharing, joint investigation, mil-to-mil cooperation and the White House–Blue House channel
app-title-start = Start exercise  ↵
app-title-quit = Quit
app-title-keys = F1 or ? help anywhere on the board · Ctrl +/− scale the interface
app-title-language = Language
    .hover = Remembered for the next run; --lang overrides it

## Words of every screen
app-back = ◀ Back (Esc)
app-close = Close

## Resuming the autosave (title screen)
app-resume = Resume the last exercise
    .hover = Autosaved after every turn to { $file }
    .none = No autosave yet in { $dir }
app-resume-when-now = autosaved just now
app-resume-when-min = autosaved { $n } min ago
app-resume-when-hours = autosaved { $n } hours ago
app-resume-when-days = autosaved { $n } days ago
app-resume-failed = This save cannot be resumed
app-resume-failed-left = The file is left as it is. You can open the autosave from the turn before instead.
app-resume-prev = Open the previous autosave
app-aar-written = ✔ Written to { $file }
app-aar-failed = ✖ Could not write { $dir }: { $error }

## Scenario picker
app-picker-title = Choose a scenario
app-picker-rescan = ⟳ Rescan folder
    .hover = Re-read every *.ron in { $dir }
app-picker-continue = Continue with this scenario  ↵
app-picker-pick-loading = Pick a scenario that loads
app-picker-none = No scenario files found in { $dir }
    .hint = Put *.ron scenario files in { $dir } (or run `hotline path/to/scenario.ron`) and press Rescan.
app-picker-facts = { $nations }   ·   { $turns } turns of { $hours } h   ·   { $rating }   ·   { $incidents } incidents, { $injects } injects
app-picker-warnings = ⚠ { $count } warning(s)
app-picker-broken = ✖ { $file } — does not load
app-picker-hint = {"    "}hint: { $hint }
app-picker-no-folder = no scenario folder (none exists)
app-rating-introductory = ● Introductory
app-rating-intermediate = ◆ Intermediate
app-rating-advanced = ▲ Advanced

## Mode choice
app-mode-who = Who is at the table?
app-mode-workshop = Workshop — every nation at the table
    .text = A facilitator on the projector; the teams take turns at the desk, each seeing only its own nation's information (F2 console, F3/F4 projector).
app-mode-solo = Solo as { $nation }
    .text = You play { $nation }; { $partners } is played by the partner AI, which protects its own assets and explains its refusals. You see only what { $nation } knows.
app-mode-difficulty = Difficulty
app-difficulty-exercise = Exercise
    .line = scripted adversary, generous partner
app-difficulty-standard = Standard
    .line = adaptive adversary, partner weighs trust
app-difficulty-crisis = Crisis
    .line = sharper, faster adversary; partner needs high trust
app-mode-seed = Seed
    .hint = same seed + same decisions = same exercise
app-mode-new-seed = 🎲 New seed
app-mode-begin = Begin the exercise  ↵
