# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compile settings: strict warnings, Qt's safety macros, hardening, sanitizers.

add_library(oauthdesk_build_flags INTERFACE)
target_compile_options(oauthdesk_build_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 at -O2 reports false positives in Qt's inline containers (see the toolchain notes).
  target_compile_options(oauthdesk_build_flags INTERFACE -Wshadow=local)
  target_compile_options(oauthdesk_build_flags INTERFACE -Wno-maybe-uninitialized -Wno-stringop-overflow -Wno-array-bounds)
endif()
if(OAUTHDESK_WERROR)
  target_compile_options(oauthdesk_build_flags INTERFACE -Werror)
endif()
target_compile_definitions(oauthdesk_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT QT_NO_FOREACH QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  OAUTHDESK_VERSION="${PROJECT_VERSION}")
if(NOT OAUTHDESK_SANITIZE AND NOT OAUTHDESK_FUZZ AND CMAKE_BUILD_TYPE STREQUAL "Release")
  target_compile_definitions(oauthdesk_build_flags INTERFACE _FORTIFY_SOURCE=2)
endif()
target_compile_options(oauthdesk_build_flags INTERFACE -fstack-protector-strong)
target_link_options(oauthdesk_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now)

# Sanitizers: AddressSanitizer with LeakSanitizer (on by default with ASan on Linux) and
# UndefinedBehaviorSanitizer. Every report is fatal (-fno-sanitize-recover=all); the run-time options
# and the reviewed suppressions of third-party reports are in scripts/sanitize-and-fuzz.sh and
# tests/sanitizers/. OAUTHDESK_SANITIZED lets time budgets of tests give sanitized builds more room.
if(OAUTHDESK_SANITIZE)
  target_compile_options(oauthdesk_build_flags INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -g)
  target_link_options(oauthdesk_build_flags INTERFACE -fsanitize=address,undefined)
  target_compile_definitions(oauthdesk_build_flags INTERFACE OAUTHDESK_SANITIZED=1)
endif()
# Fuzzing: every target is compiled with libFuzzer's coverage instrumentation, so the fuzzers see the
# code of models/ and app/ they drive; only the fuzz_* executables link libFuzzer's main
# (tests/fuzz/CMakeLists.txt). One clang build serves the sanitizer run and the fuzzers.
if(OAUTHDESK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "OAUTHDESK_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(oauthdesk_build_flags INTERFACE -fsanitize=fuzzer-no-link)
  target_link_options(oauthdesk_build_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
