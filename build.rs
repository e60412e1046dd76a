//! Packs the program's relative relocations (DT_RELR) where the C library can load them.
//!
//! A position-independent Rust program carries one relocation per pointer to fix up when it
//! starts (about 24,000 here: panic locations, vtables), 24 bytes each in `.rela.dyn`. Packed,
//! they take a few kilobytes: the release binary is 0.6 MB smaller, and the loader no longer
//! reads and keeps half a megabyte of table, about 1 MB less resident memory through a flow
//! (BENCHMARKS.md). glibc loads packed relocations from 2.36 on, and a program linked with them
//! asks for that glibc by name (`GLIBC_ABI_DT_RELR`): so they are asked for only when the
//! glibc of the machine building is that recent and the program is for that same machine.

use std::process::Command;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let target_is_host = std::env::var("TARGET").ok() == std::env::var("HOST").ok();
    let glibc = std::env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|env| env == "gnu")
        && std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if target_is_host && glibc && host_glibc_at_least(2, 36) {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// What `getconf GNU_LIBC_VERSION` says ("glibc 2.36"), compared; false when it says nothing.
fn host_glibc_at_least(major: u32, minor: u32) -> bool {
    let Ok(out) = Command::new("getconf").arg("GNU_LIBC_VERSION").output() else {
        return false;
    };
    let said = String::from_utf8_lossy(&out.stdout);
    let mut parts = said
        .trim()
        .trim_start_matches("glibc ")
        .split('.')
        .map(|part| part.parse::<u32>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(have_major), Some(have_minor)) => (have_major, have_minor) >= (major, minor),
        _ => false,
    }
}
