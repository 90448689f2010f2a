//! The one random generator of an exercise.
//!
//! ChaCha8 is a documented, portable stream: a seed gives the same numbers on
//! every platform and release of `rand_chacha`. We convert its output to
//! floats ourselves (53 high bits), so no sampling algorithm of `rand` can
//! change the game between versions.

use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[derive(Debug, Clone)]
pub struct SimRng(ChaCha8Rng);

impl SimRng {
    pub fn new(seed: u64) -> Self {
        SimRng(ChaCha8Rng::seed_from_u64(seed))
    }

    /// The next raw 64 bits (seeds for derived generators).
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// True with probability `p` (clamped to [0, 1]).
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p.clamp(0.0, 1.0)
    }

    /// Uniform index in 0..n (n > 0), by rejection so it is unbiased.
    pub fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "below(0)");
        let n = n as u64;
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.0.next_u64();
            if x < zone {
                return (x % n) as usize;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_known_first_values() {
        let mut a = SimRng::new(42);
        let mut b = SimRng::new(42);
        let xs: Vec<f64> = (0..5).map(|_| a.unit()).collect();
        let ys: Vec<f64> = (0..5).map(|_| b.unit()).collect();
        assert_eq!(xs, ys);
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        assert_ne!(SimRng::new(43).unit(), xs[0]);
    }

    #[test]
    fn chance_matches_its_probability() {
        let mut r = SimRng::new(7);
        let hits = (0..20_000).filter(|_| r.chance(0.3)).count();
        assert!((5_600..6_400).contains(&hits), "{hits}");
        assert!(!SimRng::new(1).chance(0.0));
        assert!(SimRng::new(1).chance(1.0));
    }
}
