//! The words a rollout's state is told in: its phase (`status.phase`, or the one we compute)
//! and the kind of its strategy. One definition, so that `get`, `list`, `status`, the
//! dashboard and the playground decide on the same variants instead of comparing text; the
//! text itself (`as_str`) is exactly what the Go plugin prints and what `-o json` carries.

use std::fmt;

use serde::{Serialize, Serializer};
use serde_json::Value;

/// A rollout's phase (Argo's `RolloutPhase`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Phase {
    Healthy,
    Progressing,
    Paused,
    Degraded,
    /// Text no Argo release writes today (or none at all: the default is `Other("")`), kept as
    /// written so that a newer controller's phase is still shown rather than guessed at.
    Other(String),
}

impl Default for Phase {
    fn default() -> Self {
        Phase::Other(String::new())
    }
}

impl Phase {
    /// The phase `text` names; anything else is kept as [`Phase::Other`].
    pub fn parse(text: &str) -> Phase {
        match text {
            "Healthy" => Phase::Healthy,
            "Progressing" => Phase::Progressing,
            "Paused" => Phase::Paused,
            "Degraded" => Phase::Degraded,
            other => Phase::Other(other.to_string()),
        }
    }

    /// The text Argo writes and we print.
    pub fn as_str(&self) -> &str {
        match self {
            Phase::Healthy => "Healthy",
            Phase::Progressing => "Progressing",
            Phase::Paused => "Paused",
            Phase::Degraded => "Degraded",
            Phase::Other(s) => s,
        }
    }

    /// No phase at all (`Other("")`): what a view holds before one is decided.
    pub fn is_empty(&self) -> bool {
        self.as_str().is_empty()
    }

    /// The server's text of an unknown phase, for the terminal sanitiser (the known ones are
    /// ours and need no cleaning).
    pub fn other_mut(&mut self) -> Option<&mut String> {
        match self {
            Phase::Other(s) => Some(s),
            _ => None,
        }
    }
}

impl From<&str> for Phase {
    fn from(text: &str) -> Phase {
        Phase::parse(text)
    }
}

impl AsRef<str> for Phase {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// Which strategy objects a raw rollout's spec holds, each on its own. A spec may declare both
/// (the controller calls it invalid); the planners that must decide what to do then, rather
/// than take the reader's rule ([`StrategyKind::of`]), ask this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Declared {
    /// `spec.strategy.canary` is an object.
    pub canary: bool,
    /// `spec.strategy.blueGreen` is an object.
    pub blue_green: bool,
}

impl Declared {
    pub fn of(rollout: &Value) -> Declared {
        let declared = |key: &str| {
            rollout
                .pointer(&format!("/spec/strategy/{key}"))
                .is_some_and(Value::is_object)
        };
        Declared {
            canary: declared("canary"),
            blue_green: declared("blueGreen"),
        }
    }
}

/// Display, Serialize and comparison with text, all through `as_str`: `-o json|yaml` and the
/// dashboard carry these words as the text they were before the enums.
macro_rules! as_text {
    ($t:ty) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

as_text!(Phase);
as_text!(StrategyKind);

/// Which strategy a rollout's spec declares, without its settings (those are in
/// [`super::Strategy`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StrategyKind {
    Canary,
    BlueGreen,
    /// Neither `spec.strategy.canary` nor `spec.strategy.blueGreen` is an object.
    #[default]
    None,
}

impl StrategyKind {
    /// The strategy of a raw rollout, by the reader's rule ([`super::Rollout::read`]): a
    /// `canary` object first, then a `blueGreen` one.
    pub fn of(rollout: &Value) -> StrategyKind {
        match Declared::of(rollout) {
            Declared { canary: true, .. } => StrategyKind::Canary,
            Declared {
                blue_green: true, ..
            } => StrategyKind::BlueGreen,
            _ => StrategyKind::None,
        }
    }

    /// `get`'s Strategy header and `-o json`'s `strategy`: empty for neither.
    pub fn as_str(self) -> &'static str {
        match self {
            StrategyKind::Canary => "Canary",
            StrategyKind::BlueGreen => "BlueGreen",
            StrategyKind::None => "",
        }
    }

    /// `list rollouts`' STRATEGY cell: what the Go plugin prints for neither is `unknown`.
    pub fn list_text(self) -> &'static str {
        match self {
            StrategyKind::None => "unknown",
            kind => kind.as_str(),
        }
    }

    /// Serialises as [`StrategyKind::list_text`] (the `list rollouts -o json` schema).
    pub fn serialize_list_text<S: Serializer>(
        kind: &StrategyKind,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(kind.list_text())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn phases_read_back_as_the_text_they_came_from() {
        for text in [
            "Healthy",
            "Progressing",
            "Paused",
            "Degraded",
            "Unknown",
            "",
        ] {
            assert_eq!(Phase::parse(text).as_str(), text);
        }
        assert_eq!(Phase::parse("Paused"), Phase::Paused);
        assert_eq!(Phase::parse("Unknown"), Phase::Other("Unknown".into()));
        assert_eq!(Phase::default(), "");
        assert_eq!(json!(Phase::Degraded), json!("Degraded"));
    }

    #[test]
    fn the_strategy_is_canary_first_then_blue_green_and_prints_as_before() {
        let of = |strategy| StrategyKind::of(&json!({"spec": {"strategy": strategy}}));
        assert_eq!(of(json!({"canary": {}})), StrategyKind::Canary);
        assert_eq!(of(json!({"blueGreen": {}})), StrategyKind::BlueGreen);
        assert_eq!(
            of(json!({"canary": {}, "blueGreen": {}})),
            StrategyKind::Canary
        );
        assert_eq!(of(json!({"canary": "yes"})), StrategyKind::None);
        let both = json!({"spec": {"strategy": {"canary": {}, "blueGreen": {}}}});
        assert_eq!(
            Declared::of(&both),
            Declared {
                canary: true,
                blue_green: true
            }
        );
        assert_eq!(StrategyKind::None.as_str(), "");
        assert_eq!(StrategyKind::None.list_text(), "unknown");
        assert_eq!(StrategyKind::BlueGreen.list_text(), "BlueGreen");
        assert_eq!(json!(StrategyKind::Canary), json!("Canary"));
    }
}
