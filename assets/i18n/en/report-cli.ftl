# The command line's words around the reports (src/cli): report, msel and
# simulate --report. Paths and error texts come as arguments.

report-cli-written = wrote { $path } (and report.md, decisions.csv)
report-cli-unverified = { $file }: warning: the report is marked UNVERIFIED ({ $why })
report-cli-cannot-write = { $dir }: cannot write the report: { $error }
report-cli-msel-written = wrote { $path } ({ $injects } injects)
report-cli-lang-both = --lang both: only report, msel and simulate --report write both languages; use en or ko here
report-cli-simulate-head = { $title } — { $runs } runs per policy from seed { $seed }
report-cli-simulate-speed = { $runs } runs in { $seconds } s on { $threads } thread(s): { $rate } runs/s
report-cli-balance-written = wrote { $files } files; open { $index }
report-cli-balance-failed = { $dir }: cannot write the balance report: { $error }
# The summary table's header in languages other than English (English keeps its short column ids).
report-cli-table-policy = policy
report-cli-table-runs = runs
report-cli-table-mean = mean
report-cli-table-win = win%
report-cli-table-defeat = defeat%
report-cli-table-continuity = contin.
report-cli-table-peak = peak
report-cli-table-trust = trust
report-cli-table-objectives = objs
