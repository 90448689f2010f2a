# Terms a learner meets, with plain-language definitions (src/teach.rs).
