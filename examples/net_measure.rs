//! Measures a networked exercise on loopback with real processes and real UDP:
//! the time from one seat's decisions to their first appearance on the other
//! seat (p50/p99), the bytes each seat receives per turn, and the host's CPU
//! with 8 connected idle seats and during a game. A measuring binary, not a
//! test: `cargo run --example net_measure [-- GAMES]` after building the
//! `hotline` binary (`cargo test --no-run` builds both).

use hotline::net::{ToHost, ToSeat};
use hotline::sim::{Decision, LogKind};
use std::net::UdpSocket;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const FLAGSHIP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");

fn hotline_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("own path");
    // target/debug/examples/net_measure → target/debug/hotline
    exe.parent().and_then(Path::parent).map(|d| d.join("hotline")).expect("a target folder")
}

fn spawn(args: &[&str]) -> Child {
    Command::new(hotline_bin())
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("hotline starts")
}

fn free_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0").and_then(|s| s.local_addr()).expect("a port").port()
}

/// CPU seconds (user + system) a process has used, from /proc.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|u| u.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|s| s.parse().ok()).unwrap_or(0.0);
    ticks / clock_ticks()
}

fn clock_ticks() -> f64 {
    let out = Command::new("getconf").arg("CLK_TCK").output();
    out.ok().and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok()).unwrap_or(100.0)
}

struct Line {
    sent: bool,
    micros: u128,
    bytes: usize,
    text: String,
}

fn capture(file: &Path) -> Vec<Line> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let mut it = l.splitn(4, ' ');
            let (dir, micros, bytes, text) = (it.next()?, it.next()?, it.next()?, it.next()?);
            Some(Line {
                sent: dir == "sent",
                micros: micros.parse().ok()?,
                bytes: bytes.parse().ok()?,
                text: text.into(),
            })
        })
        .collect()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// One game of two cooperative bot seats: latencies (ms), bytes per seat, turns, host CPU and wall time.
fn game(seed: u64, dir: &Path) -> (Vec<f64>, [usize; 2], u32, f64, f64) {
    let port = free_port().to_string();
    let save = dir.join(format!("g{seed}.ron"));
    let seed_s = seed.to_string();
    let save_s = save.display().to_string();
    let start = Instant::now();
    let mut host = spawn(&[
        "host",
        FLAGSHIP,
        "--headless",
        "--code",
        "M",
        "--port",
        &port,
        "--seed",
        &seed_s,
        "--save",
        &save_s,
        "--force",
    ]);
    std::thread::sleep(Duration::from_millis(300));
    let addr = format!("127.0.0.1:{port}");
    let caps = [dir.join(format!("us{seed}.cap")), dir.join(format!("rok{seed}.cap"))];
    let mut seats: Vec<Child> = ["us", "rok"]
        .iter()
        .zip(&caps)
        .map(|(seat, cap)| {
            let cap = cap.display().to_string();
            spawn(&[
                "join",
                &addr,
                "--code",
                "M",
                "--seat",
                seat,
                "--headless",
                "--policy",
                "cooperative",
                "--capture",
                &cap,
            ])
        })
        .collect();
    let mut host_cpu = 0.0;
    while host.try_wait().ok().flatten().is_none() {
        host_cpu = cpu_seconds(host.id());
        std::thread::sleep(Duration::from_millis(20));
    }
    let wall = start.elapsed().as_secs_f64();
    for s in &mut seats {
        let _ = s.wait();
    }
    let us = capture(&caps[0]);
    let rok = capture(&caps[1]);
    // Bursts of US decisions: the first send of each turn's burst.
    let mut bursts: Vec<u128> = Vec::new();
    let mut last_was_sent = false;
    for l in &us {
        let act = l.sent
            && ron::from_str::<ToHost>(&l.text)
                .is_ok_and(|m| matches!(m, ToHost::Decide(Decision::Act { .. })));
        if act && !last_was_sent {
            bursts.push(l.micros);
        }
        last_was_sent = l.sent;
    }
    let mut latencies = Vec::new();
    for (k, &t0) in bursts.iter().enumerate() {
        let until = bursts.get(k + 1).copied().unwrap_or(u128::MAX);
        let seen = rok.iter().filter(|l| !l.sent && l.micros >= t0 && l.micros < until).find(|l| {
            ron::from_str::<ToSeat>(&l.text).is_ok_and(|m| match m {
                ToSeat::Update(u) => u.entries.iter().any(|e| {
                    e.nation == Some(0) && matches!(e.kind(), LogKind::Decision | LogKind::Diplomacy)
                }),
                _ => false,
            })
        });
        if let Some(l) = seen {
            latencies.push((l.micros - t0) as f64 / 1000.0);
        }
    }
    let bytes = [
        us.iter().filter(|l| !l.sent).map(|l| l.bytes).sum(),
        rok.iter().filter(|l| !l.sent).map(|l| l.bytes).sum(),
    ];
    let turns = hotline::save::SaveFile::load(&save).map_or(0, |s| s.turn);
    (latencies, bytes, turns, host_cpu, wall)
}

fn main() {
    let games: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let dir = std::env::temp_dir().join(format!("hotline-net-measure-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    let mut lat = Vec::new();
    let (mut bytes, mut turns, mut cpu, mut wall) = ([0usize; 2], 0u32, 0.0, 0.0);
    for seed in 1..=games {
        let (l, b, t, c, w) = game(seed, &dir);
        lat.extend(l);
        bytes[0] += b[0];
        bytes[1] += b[1];
        turns += t;
        cpu += c;
        wall += w;
    }
    lat.sort_by(f64::total_cmp);
    println!("games: {games}, turns: {turns}, decision bursts measured: {}", lat.len());
    println!(
        "decision -> other seat: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or(f64::NAN)
    );
    let t = turns.max(1) as f64;
    println!(
        "bytes received per turn: US seat {:.0}, ROK seat {:.0} (message payload)",
        bytes[0] as f64 / t,
        bytes[1] as f64 / t
    );
    println!("host CPU during games: {:.1} % of a core ({cpu:.2} s over {wall:.1} s)", 100.0 * cpu / wall);

    // 8 connected seats that do nothing: the host's idle cost.
    let port = free_port().to_string();
    let addr = format!("127.0.0.1:{port}");
    let mut host = spawn(&["host", FLAGSHIP, "--headless", "--code", "I", "--port", &port]);
    std::thread::sleep(Duration::from_millis(300));
    let seats = ["us", "rok", "facilitator", "projector", "observer", "observer", "observer", "observer"];
    let mut kids: Vec<Child> =
        seats.iter().map(|s| spawn(&["join", &addr, "--code", "I", "--seat", s, "--headless"])).collect();
    std::thread::sleep(Duration::from_secs(3));
    let (c0, t0) = (cpu_seconds(host.id()), Instant::now());
    let seat0 = cpu_seconds(kids[4].id());
    std::thread::sleep(Duration::from_secs(10));
    let host_idle = (cpu_seconds(host.id()) - c0) / t0.elapsed().as_secs_f64();
    let seat_idle = (cpu_seconds(kids[4].id()) - seat0) / t0.elapsed().as_secs_f64();
    println!(
        "host CPU with 8 idle seats: {:.1} % of a core; one idle seat: {:.1} %",
        100.0 * host_idle,
        100.0 * seat_idle
    );
    for k in &mut kids {
        let _ = k.kill();
        let _ = k.wait();
    }
    let _ = host.kill();
    let _ = host.wait();
    let _ = std::fs::remove_dir_all(&dir);
}
