# 명령줄 도구가 사람에게 보여 주는 출력 (src/cli).

## hotline play
# `play --log`의 턴 열: "[턴  3] 탐지 ...".
cli-log-turn = 턴
cli-saved-to = 저장 위치: { $path }
