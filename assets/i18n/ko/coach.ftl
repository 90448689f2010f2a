# 팀의 결정에 대한 코치의 조언 (src/teach.rs).
