// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps the secrets a running OAuth Desk holds (access tokens, client secrets shown once) out of
// core dumps. Both executables call disableCoreDumps() first thing in main(), before any secret
// reaches memory; it lasts for the process. Programs it starts (the browser for sign-in) inherit
// the zero core limit, which only keeps them from dumping too.
//
//  - Linux: prctl(PR_SET_DUMPABLE, 0) (no core, no ptrace attach by the same user, /proc/self
//    owned by root) and RLIMIT_CORE 0 (also for core_pattern pipes that honour the limit).
//  - other Unix systems (macOS, BSD): RLIMIT_CORE 0.
//  - Windows: nothing to do by default (Windows Error Reporting writes dumps only when an
//    administrator configures LocalDumps); reported as done.
namespace processhardening {

// Returns false when the system refused (the reason is logged); the app runs on either way.
bool disableCoreDumps();

// Whether this process may currently write a core dump; for tests and diagnostics.
[[nodiscard]] bool coreDumpsDisabled();

} // namespace processhardening
