# After-action reports, the debrief, the balance page and the MSEL (src/report).
