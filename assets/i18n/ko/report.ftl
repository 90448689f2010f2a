# 사후 검토 보고서(AAR), 강평, 밸런스 페이지, MSEL (src/report).
