//! Fuzz target: bytes → save loader → verified restore (digest, replay, state
//! hash), and the trusting restore of `--trust-save`. Nothing may panic; a
//! verified save must reach its recorded state.
#![no_main]

use hotline::save::SaveFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(save) = SaveFile::from_str(text, "fuzz.ron") else { return };
    if let Ok(ex) = save.restore() {
        // A save is checked by the hash its own format used (older formats: the legacy hash).
        assert_eq!(save.hash_of(&ex), save.state_hash);
        assert_eq!(ex.state().turn, save.turn);
    }
    let _ = save.restore_trusting();
});
