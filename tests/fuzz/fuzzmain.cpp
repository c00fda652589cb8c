// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry of one target: compiled once per target with OAUTHDESK_FUZZ_ENTRY set to its
// function (see tests/fuzz/CMakeLists.txt).
#include "tests/fuzz/fuzztargets.h"

#ifndef OAUTHDESK_FUZZ_ENTRY
#error "OAUTHDESK_FUZZ_ENTRY names the target function"
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return OAUTHDESK_FUZZ_ENTRY(data, size);
}
