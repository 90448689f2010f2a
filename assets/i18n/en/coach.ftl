# The coach's advice on a team's decisions (src/teach.rs).
