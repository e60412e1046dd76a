//! What the process does for itself to keep secrets in memory only: no core dump can carry
//! a password, a token or a passphrase to disk, and no other process of the same user can
//! read its memory through ptrace or /proc.

/// Not dumpable, core size 0. Done at start, before any secret is read; failing is not a
/// reason to refuse to run (the log says so).
pub fn keep_secrets_in() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        if set_dumpable_behavior(DumpableBehavior::NotDumpable).is_err() {
            tracing::warn!("the process could not be made non-dumpable");
        }
    }
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let none = Rlimit {
            current: Some(0),
            maximum: Some(0),
        };
        if setrlimit(Resource::Core, none).is_err() {
            tracing::warn!("core dumps could not be turned off");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_core_dump_and_no_dumping() {
        super::keep_secrets_in();
        #[cfg(target_os = "linux")]
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
        let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!((limit.current, limit.maximum), (Some(0), Some(0)));
    }
}
