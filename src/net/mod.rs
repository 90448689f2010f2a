//! A networked exercise: the facilitator's machine hosts the one `Exercise`,
//! each team joins from its own machine. This part is Bevy-free and carries no
//! transport: the messages ([`protocol`]), who may decide what
//! ([`authority`]) and what each seat is sent ([`feed`]), all decided through
//! `sim::visibility`; the host's bookkeeping ([`session`]) and a seat's
//! ([`view`]). A transport only carries these messages: with the `desktop`
//! feature, bevy_replicon over renet's UDP with secure connect tokens
//! (`transport`), the headless host (`host`) and seat (`seat`).

pub mod authority;
pub mod feed;
pub mod options;
pub mod protocol;
pub mod session;
pub mod view;

#[cfg(feature = "desktop")]
pub mod host;
#[cfg(feature = "desktop")]
pub mod pace;
#[cfg(feature = "desktop")]
pub mod seat;
#[cfg(feature = "desktop")]
pub mod transport;

pub use authority::may_submit;
pub use feed::{SeatFeed, redact};
pub use options::{HostOptions, JoinOptions};
pub use protocol::{Clock, Refusal, Rejection, SeatClaim, SeatUpdate, ToHost, ToSeat};
pub use session::{ClientId, Session};
pub use view::{Bot, SeatView};
