//! A networked exercise as real processes on 127.0.0.1: a headless host and
//! bot seats play the flagship to its end; what each seat receives holds no
//! private information of another; a wrong code is refused while the host goes
//! on; a seat killed mid-turn rejoins; a killed host resumes from its autosave;
//! garbage datagrams do not disturb the game. Every process runs under a
//! deadline that kills it (a guard against a hang, not a timing assertion).
#![cfg(feature = "desktop")]

use hotline::net::{SeatClaim, ToSeat};
use hotline::save::SaveFile;
use hotline::scenario::Scenario;
use hotline::sim::{Decision, Event, Exercise, LogEntry, State};
use std::io::{BufRead, BufReader, Read};
use std::net::UdpSocket;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const FLAGSHIP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
/// Long enough for a loaded CI machine; only a hang reaches it.
const DEADLINE: Duration = Duration::from_secs(180);

/// A child process whose output is collected as it comes; killed when dropped.
struct Proc {
    name: String,
    child: Child,
    out: Arc<Mutex<String>>,
    err: Arc<Mutex<String>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

fn collect(from: impl Read + Send + 'static, into: Arc<Mutex<String>>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        for line in BufReader::new(from).lines().map_while(Result::ok) {
            let mut s = into.lock().expect("output lock");
            s.push_str(&line);
            s.push('\n');
        }
    })
}

impl Proc {
    fn spawn(name: &str, args: &[&str]) -> Proc {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hotline"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the hotline binary starts");
        let (out, err) = (Arc::default(), Arc::default());
        let readers = vec![
            collect(child.stdout.take().expect("piped"), Arc::clone(&out)),
            collect(child.stderr.take().expect("piped"), Arc::clone(&err)),
        ];
        Proc { name: name.into(), child, out, err, readers }
    }

    fn output(&self) -> String {
        format!(
            "--- {} stdout:\n{}--- stderr:\n{}",
            self.name,
            self.out.lock().expect("lock"),
            self.err.lock().expect("lock")
        )
    }

    /// Waits until stdout holds `needle`.
    fn wait_for(&self, needle: &str) {
        let start = Instant::now();
        while !self.out.lock().expect("lock").contains(needle) {
            assert!(start.elapsed() < DEADLINE, "{} never printed {needle:?}\n{}", self.name, self.output());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the exit; its code, stdout and stderr.
    fn finish(mut self) -> (i32, String, String) {
        let start = Instant::now();
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("wait") {
                break s;
            }
            if start.elapsed() >= DEADLINE {
                let _ = self.child.kill();
                panic!("{} did not end\n{}", self.name, self.output());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        // The readers end when the pipes close: then the output is complete.
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        let out = self.out.lock().expect("lock").clone();
        let err = self.err.lock().expect("lock").clone();
        (status.code().unwrap_or(-1), out, err)
    }

    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0").and_then(|s| s.local_addr()).expect("a free port").port()
}

fn host(port: u16, code: &str, extra: &[&str]) -> Proc {
    let port = port.to_string();
    let mut args = vec!["host", "--headless", "--code", code, "--port", &port];
    args.extend_from_slice(extra);
    let p = Proc::spawn("host", &args);
    p.wait_for("join with:");
    p
}

fn join(port: u16, code: &str, seat: &str, extra: &[&str]) -> Proc {
    let addr = format!("127.0.0.1:{port}");
    let mut args = vec!["join", &addr, "--code", code, "--seat", seat, "--headless"];
    args.extend_from_slice(extra);
    Proc::spawn(seat, &args)
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

/// The host ended well, printed the debrief, and its save replays and holds both nations' moves.
fn check_host_and_save(host: Proc, save: &str) -> Exercise {
    let (code, out, err) = host.finish();
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("Final state hash:") && out.contains("saved to"), "{out}");
    let replay =
        Command::new(env!("CARGO_BIN_EXE_hotline")).args(["replay", save]).output().expect("replay runs");
    assert!(replay.status.success(), "{}", String::from_utf8_lossy(&replay.stderr));
    let ex = SaveFile::load(save).expect("the save loads").restore().expect("the save verifies");
    assert!(ex.state().is_over());
    for nation in ["us", "rok"] {
        let acted = ex
            .decisions()
            .iter()
            .any(|d| matches!(d, Decision::Act { action, .. } if action.nation == nation));
        assert!(acted, "no move of {nation} in the save");
    }
    ex
}

fn bot_ends_well(p: Proc) -> String {
    let (code, out, err) = p.finish();
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("The exercise is over"), "{out}");
    out
}

/// Every message of a capture file, in order.
fn captured(file: &str) -> Vec<ToSeat> {
    let text = std::fs::read_to_string(file).expect("the capture exists");
    text.lines()
        .filter_map(|l| l.strip_prefix("recv "))
        .map(|l| {
            ron::from_str(l.splitn(3, ' ').nth(2).expect("a message")).expect("a captured message parses")
        })
        .collect()
}

#[test]
fn host_and_two_bot_seats_play_the_flagship_and_no_seat_receives_what_it_may_not_see() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (port, save) = (free_port(), path(dir.path(), "g.ron"));
    let h = host(port, "X", &[FLAGSHIP, "--seed", "3", "--save", &save]);
    let captures: Vec<(&str, String)> =
        ["us", "rok", "projector"].iter().map(|s| (*s, path(dir.path(), &format!("{s}.ron")))).collect();
    let us = join(port, "X", "us", &["--policy", "cooperative", "--capture", &captures[0].1]);
    let rok =
        join(port, "X", "rok", &["--policy", "cooperative", "--seed", "2", "--capture", &captures[1].1]);
    let projector = join(port, "X", "projector", &["--capture", &captures[2].1]);
    let ex = check_host_and_save(h, &save);
    for p in [us, rok, projector] {
        bot_ends_well(p);
    }
    let s = ex.scenario().clone();
    let fresh = State::new(&s);
    for (name, file) in &captures {
        let seat = name.parse::<SeatClaim>().expect("a seat").seat(&s).expect("in the flagship");
        let own = seat.nation();
        let mut entries: Vec<LogEntry> = Vec::new();
        let mut states = 0;
        for msg in captured(file) {
            let ToSeat::Update(u) = msg else { continue };
            entries.extend(u.entries);
            let Some(st) = u.state else { continue };
            states += 1;
            assert_eq!(st.actors, fresh.actors, "{name}: the adversary's hand");
            for n in (0..s.nations()).filter(|&n| Some(n) != own) {
                assert_eq!(st.nations[n], fresh.nations[n], "{name}: nation {n}'s capacities");
            }
            for i in 0..st.incidents.len() {
                // What the seat never came to know at the host stayed at the host.
                if !seat.sees_incident(ex.state(), i) {
                    assert_eq!(st.incidents[i], fresh.incidents[i], "{name}: incident {i}");
                }
            }
            for i in (0..st.injects.len()).filter(|&i| !seat.sees_inject(&s, i)) {
                assert_eq!(st.injects[i], fresh.injects[i], "{name}: inject {i}");
            }
            assert!(st.actions.iter().all(|a| Some(a.nation) == own), "{name}: another's moves");
        }
        // Exactly the host's entries this seat may see while the game runs: nothing more, nothing lost.
        let expected: Vec<&LogEntry> = ex.log().iter().filter(|e| seat.sees_entry(e, false)).collect();
        assert_eq!(entries.iter().collect::<Vec<_>>(), expected, "{name}");
        let hidden = ex.log().len() - expected.len();
        assert!(hidden > 0 && states > 1, "{name}: {hidden} hidden entries, {states} states");
    }
}

#[test]
fn a_wrong_code_is_refused_and_the_host_goes_on() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (port, save) = (free_port(), path(dir.path(), "g.ron"));
    let h = host(port, "right-code", &[FLAGSHIP, "--seed", "4", "--save", &save]);
    let intruder = join(port, "wrong-code", "us", &["--policy", "cooperative"]);
    let (code, _, err) = intruder.finish();
    assert_eq!(code, 3, "{err}");
    // The host cannot answer a request made with another code: the seat says
    // what silence means, after transport::NO_ANSWER.
    assert!(err.contains("no answer from the host at 127.0.0.1:") && err.contains("within 2 s"), "{err}");
    assert!(err.contains("The join code is wrong"), "{err}");
    // The same in Korean.
    let intruder = join(port, "wrong-code", "rok", &["--lang", "ko"]);
    let (code, _, err) = intruder.finish();
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("2초 안에") && err.contains("참가 코드가 틀렸거나"), "{err}");
    let us = join(port, "right-code", "us", &["--policy", "cooperative"]);
    let rok = join(port, "right-code", "rok", &["--policy", "unilateral"]);
    check_host_and_save(h, &save);
    bot_ends_well(us);
    bot_ends_well(rok);
}

/// Nothing listens at the port: the system says so (ICMP port unreachable, on
/// Linux and Windows) and the seat tells that apart from a wrong code.
#[test]
#[cfg(any(target_os = "linux", target_os = "windows"))]
fn a_port_where_no_host_listens_is_named_as_such() {
    let nobody = join(free_port(), "any", "us", &[]);
    let (code, _, err) = nobody.finish();
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("nothing listens at 127.0.0.1:") && err.contains("no host is running"), "{err}");
}

#[test]
fn a_seat_killed_mid_turn_rejoins_and_gets_its_whole_view_back() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (port, save) = (free_port(), path(dir.path(), "g.ron"));
    let h = host(port, "K", &[FLAGSHIP, "--seed", "5", "--save", &save]);
    let rok = join(port, "K", "rok", &["--policy", "cooperative"]);
    // A US team that has not played yet: turn 1 waits for it.
    let watcher = join(port, "K", "us", &[]);
    watcher.wait_for("Seated as us");
    h.wait_for("The rok seat joined");
    // A second claim of a live seat is refused.
    let thief = join(port, "K", "us", &[]);
    let (code, _, err) = thief.finish();
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("taken"), "{err}");
    watcher.kill();
    // netcode lets the dead connection go after its timeout; then the seat is free.
    h.wait_for("The us seat left");
    let capture = path(dir.path(), "us.ron");
    let us = join(port, "K", "us", &["--policy", "cooperative", "--capture", &capture]);
    let ex = check_host_and_save(h, &save);
    bot_ends_well(us);
    bot_ends_well(rok);
    let first = captured(&capture).into_iter().find_map(|m| match m {
        ToSeat::Update(u) => Some(u),
        _ => None,
    });
    let first = first.expect("an update");
    assert!(
        matches!(first.entries.first().map(|e| &e.event), Some(Event::Begins { .. })),
        "the whole log again"
    );
    assert_eq!(ex.state().turn, ex.history().last().map_or(0, |r| r.turn));
}

#[test]
fn a_killed_host_resumes_from_its_autosave_and_the_seats_rejoin() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (port, autosave, save) = (free_port(), path(dir.path(), "auto.ron"), path(dir.path(), "g.ron"));
    let first = host(port, "R", &[FLAGSHIP, "--seed", "6", "--autosave", &autosave]);
    let us = join(port, "R", "us", &["--policy", "cooperative"]);
    // Seated: the host's welcome reached the seat before the host dies.
    us.wait_for("Seated as us");
    assert!(Path::new(&autosave).exists());
    first.kill();
    let second = host(port, "R", &["--resume", &autosave, "--save", &save, "--autosave", &autosave]);
    assert!(second.output().contains("Resuming"), "{}", second.output());
    let rok = join(port, "R", "rok", &["--policy", "cooperative"]);
    check_host_and_save(second, &save);
    let out = bot_ends_well(us);
    assert!(out.matches("Seated as us").count() >= 2, "the US seat rejoined: {out}");
    bot_ends_well(rok);
}

#[test]
fn garbage_datagrams_do_not_disturb_a_running_exercise() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (port, save) = (free_port(), path(dir.path(), "g.ron"));
    let h = host(port, "G", &[FLAGSHIP, "--seed", "7", "--save", &save]);
    let us = join(port, "G", "us", &["--policy", "cooperative"]);
    h.wait_for("The us seat joined");
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicUsize::new(0));
    let blaster = {
        let (stop, sent) = (Arc::clone(&stop), Arc::clone(&sent));
        std::thread::spawn(move || {
            let socket = UdpSocket::bind("127.0.0.1:0").expect("a socket");
            let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
            let mut buf = vec![0u8; 1500];
            // Thousands at once, then more for as long as the game runs.
            while sent.load(Ordering::Relaxed) < 5000 || !stop.load(Ordering::Relaxed) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let len = (x % 1500) as usize;
                buf.iter_mut().take(len).enumerate().for_each(|(i, b)| *b = (x >> (i % 57)) as u8);
                if socket.send_to(&buf[..len], ("127.0.0.1", port)).is_ok() {
                    sent.fetch_add(1, Ordering::Relaxed);
                }
                if sent.load(Ordering::Relaxed) >= 5000 {
                    std::thread::sleep(Duration::from_micros(200));
                }
            }
        })
    };
    while sent.load(Ordering::Relaxed) < 5000 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let rok = join(port, "G", "rok", &["--policy", "cooperative"]);
    let ex = check_host_and_save(h, &save);
    stop.store(true, Ordering::Relaxed);
    blaster.join().expect("the blaster ends");
    assert!(sent.load(Ordering::Relaxed) >= 5000);
    bot_ends_well(us);
    bot_ends_well(rok);
    // The same moves replay to the same end as a game nobody disturbed would.
    let s = std::sync::Arc::new(Scenario::load(FLAGSHIP).expect("flagship"));
    let again = Exercise::replay(s, 7, ex.decisions()).expect("replays");
    assert_eq!(again.state_hash(), ex.state_hash());
}

/// The live hotline through real processes: the US seat (a bot whose windowless
/// seat is the one a window runs) says a line the first turn the hotline is
/// open; the ROK team and the facilitator receive it as written, the projector
/// and an observer never do; it is in the host's save, its log and the
/// after-action report.
#[test]
fn a_hotline_line_reaches_the_other_team_and_the_facilitator_but_never_the_watchers() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (port, save) = (free_port(), path(dir.path(), "g.ron"));
    let text = "Patching the Busan port systems tonight; call at 0600";
    let h = host(port, "X", &[FLAGSHIP, "--seed", "3", "--save", &save]);
    let cap = |s: &str| path(dir.path(), &format!("{s}.ron"));
    let watchers: Vec<Proc> = ["projector", "observer", "facilitator"]
        .iter()
        .map(|s| join(port, "X", s, &["--capture", &cap(s)]))
        .collect();
    let us = join(port, "X", "us", &["--policy", "cooperative", "--say", text]);
    let rok = join(port, "X", "rok", &["--policy", "cooperative", "--seed", "2", "--capture", &cap("rok")]);
    let ex = check_host_and_save(h, &save);
    for p in [us, rok] {
        bot_ends_well(p);
    }
    drop(watchers);
    let us_ix = ex.scenario().nation_ix["us"];
    let said = |file: &str| {
        captured(file).into_iter().any(|m| match m {
            ToSeat::Update(u) => u.entries.iter().any(|e| {
                e.nation == Some(us_ix) && matches!(&e.event, Event::HotlineMessage { text: t } if t == text)
            }),
            _ => false,
        })
    };
    assert!(said(&cap("rok")), "the ROK team did not receive the US line");
    assert!(said(&cap("facilitator")), "the facilitator did not receive the US line");
    for watcher in ["projector", "observer"] {
        let raw = std::fs::read_to_string(cap(watcher)).expect("the capture exists");
        assert!(raw.contains("Update"), "{watcher} received nothing");
        assert!(!raw.contains(text) && !raw.contains("HotlineMessage"), "{watcher} received the line");
    }
    let in_log = ex.log().iter().any(|e| matches!(&e.event, Event::HotlineMessage { text: t } if t == text));
    assert!(in_log, "the line is not in the host's log");
    let aar = hotline::report::aar::timeline(hotline::i18n::Lang::Ko, &ex);
    assert!(aar.iter().any(|e| e.text.contains(text) && e.text.contains("핫라인")), "not in the report");
}
