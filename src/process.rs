//! What the process does for itself to keep secrets in memory only: no core dump can carry
//! a password, a token or a passphrase to disk, and no other process of the same user can
//! read its memory through ptrace or /proc.

/// Not dumpable, core size 0. Done at start, before any secret is read; failing is not a
/// reason to refuse to run (the log says so).
pub fn keep_secrets_in() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl and setrlimit change only this process's own attributes.
    unsafe {
        if libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 {
            tracing::warn!("the process could not be made non-dumpable");
        }
    }
    #[cfg(unix)]
    // SAFETY: as above.
    unsafe {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::setrlimit(libc::RLIMIT_CORE, &none) != 0 {
            tracing::warn!("core dumps could not be turned off");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_core_dump_and_no_dumping() {
        super::keep_secrets_in();
        // SAFETY: reads this process's own attributes.
        unsafe {
            #[cfg(target_os = "linux")]
            assert_eq!(libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
            let mut limit: libc::rlimit = std::mem::zeroed();
            assert_eq!(libc::getrlimit(libc::RLIMIT_CORE, &mut limit), 0);
            assert_eq!((limit.rlim_cur, limit.rlim_max), (0, 0));
        }
    }
}
