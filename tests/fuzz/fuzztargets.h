// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The fuzz targets: one per mapping function of server input. Each entry point takes
// libFuzzer's bytes, runs the mapping and checks what must hold for any input (never a secret kept,
// the same answer as the QJsonDocument-based path, errors that say something). The same entry
// points are built twice: as libFuzzer executables (OAUTHDESK_FUZZ, clang) and into
// tst_fuzz_regressions, which replays the seed corpora and every input that once failed (GCC too).
//
// X(name, function): `name` is the directory under corpus/ and regressions/ and the executable
// fuzz_<name>.
#define OAUTHDESK_FUZZ_TARGETS(X)                                                                            \
    X(client_listing, fuzzClientListing)                                                                     \
    X(client, fuzzClient)                                                                                    \
    X(scope, fuzzScope)                                                                                      \
    X(authorization, fuzzAuthorization)                                                                      \
    X(directory, fuzzDirectory)                                                                              \
    X(token_info, fuzzTokenInfo)                                                                             \
    X(usage_execution, fuzzUsageExecution)                                                                   \
    X(usage_result, fuzzUsageResult)                                                                         \
    X(error_body, fuzzErrorBody)                                                                             \
    X(token_response, fuzzTokenResponse)                                                                     \
    X(retry_after, fuzzRetryAfter)                                                                           \
    X(redact_body, fuzzRedactBody)

#define OAUTHDESK_DECLARE_FUZZ_TARGET(name, function) int function(const uint8_t *data, size_t size);
OAUTHDESK_FUZZ_TARGETS(OAUTHDESK_DECLARE_FUZZ_TARGET)
#undef OAUTHDESK_DECLARE_FUZZ_TARGET

namespace fuzz {

// A broken invariant: say which, then abort so that libFuzzer keeps the input (and the replay
// test fails on it).
[[noreturn]] inline void fail(const char *file, int line, const char *what)
{
    std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

// The bytes as a QByteArray that owns a copy (the parsers may keep slices).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits an input into a few leading selector bytes and the rest, so that one input can choose an
// HTTP status, a URL or a content type and still carry a body.
class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    // The next byte, or 0 when none is left.
    uint8_t takeByte()
    {
        if (m_pos >= m_size)
            return 0;
        return m_data[m_pos++];
    }
    // Everything not taken yet.
    [[nodiscard]] QByteArray rest() const { return bytes(m_data + m_pos, m_size - m_pos); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace fuzz

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::fuzz::fail(__FILE__, __LINE__, #cond);                                                         \
    } while (false)
