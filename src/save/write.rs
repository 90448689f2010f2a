//! The one way Hotline writes a file: saves, autosaves, reports, the MSEL,
//! starter scenarios. Readers see the old file or the new one, never half.
//!
//! The temporary file is created with `create_new` (it can be neither a
//! planted symbolic link nor someone else's file) under a random name in the
//! target's folder, synced, renamed over the target, and the folder is synced
//! so the rename survives a power cut. The target must be a regular file or
//! absent: a symbolic link, a device node (`--out /dev/null` run as root), a
//! FIFO or a folder is refused with a clear error rather than replaced or
//! followed. Temporary files a killed writer left beside the target are removed.

use std::io::{self, Write};
use std::path::Path;
use std::time::Duration;

/// Whether an existing regular file may be replaced (`--force` on the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    Yes,
    No,
}

/// A temporary file older than this beside a target is a killed writer's.
const STALE: Duration = Duration::from_secs(60);
const SUFFIX: &str = ".hotline-tmp";

/// Writes `bytes` to `path` atomically (see the module documentation).
pub fn write_file(path: &Path, bytes: &[u8], overwrite: Overwrite) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "names no file (it ends in `..` or `/`)"));
    };
    std::fs::create_dir_all(dir)?;
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "is a symbolic link: Hotline does not write through links; remove it or choose another name",
            ));
        }
        Ok(m) if !m.file_type().is_file() => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "is not a regular file (a folder, device, FIFO or socket): Hotline only replaces regular files",
            ));
        }
        Ok(_) if overwrite == Overwrite::No => {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "exists already: add --force to replace it",
            ));
        }
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    clean_stale(dir, &name);
    let short: String = name.chars().take(100).collect();
    let tmp = dir.join(format!(".{short}.{:016x}{SUFFIX}", rand::random::<u64>()));
    let written = (|| {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        if overwrite == Overwrite::No {
            // Refuse, not replace, a file that appeared meanwhile: a hard link fails if it exists.
            match std::fs::hard_link(&tmp, path) {
                Ok(()) => return std::fs::remove_file(&tmp),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    return Err(io::Error::new(e.kind(), "exists already: add --force to replace it"));
                }
                Err(_) => {} // a file system without hard links: rename, as checked above
            }
        }
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    // The rename is durable only once the folder is synced (not possible everywhere: best effort).
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically, replacing a regular file there.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_file(path, bytes, Overwrite::Yes)
}

/// Removes temporary files of `name` that a killed writer left in `dir`:
/// this module's `.NAME.<hex>.hotline-tmp` and the older `.NAME.<pid>.tmp`.
fn clean_stale(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let short: String = name.chars().take(100).collect();
    let ours = format!(".{short}.");
    let legacy = format!(".{name}.");
    for e in entries.flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        let mine = file.strip_prefix(&ours).and_then(|r| r.strip_suffix(SUFFIX)).is_some_and(is_hex)
            || file
                .strip_prefix(&legacy)
                .and_then(|r| r.strip_suffix(".tmp"))
                .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()));
        if !mine {
            continue;
        }
        let Ok(m) = std::fs::symlink_metadata(e.path()) else { continue };
        let old = m.modified().ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age >= STALE);
        if m.file_type().is_file() && old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn is_hex(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit())
}
