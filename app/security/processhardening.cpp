// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/security/processhardening.h"

#include <QLoggingCategory>
#include <QtGlobal>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcHardening, "oauthdesk.security", QtInfoMsg)

namespace processhardening {

bool disableCoreDumps()
{
    bool ok = true;
#if defined(Q_OS_LINUX)
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcHardening, "prctl(PR_SET_DUMPABLE, 0) failed: %s", std::strerror(errno));
        ok = false;
    }
#endif
#if defined(Q_OS_UNIX)
    const struct rlimit none = {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        qCWarning(lcHardening, "setrlimit(RLIMIT_CORE, 0) failed: %s", std::strerror(errno));
        ok = false;
    }
#endif
    return ok;
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0)
        return false;
#endif
#if defined(Q_OS_LINUX)
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

} // namespace processhardening
