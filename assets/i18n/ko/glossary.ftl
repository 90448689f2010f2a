# 훈련 참가자가 만나는 용어와 쉬운 풀이 (src/teach.rs).
