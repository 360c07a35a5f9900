#include "crypto/ProcessHardening.h"

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace pr::crypto {

bool disableCoreDumps() noexcept
{
#ifdef __linux__
    // Both are needed: a core_pattern that pipes to a collector (systemd-coredump, apport)
    // is not bound by RLIMIT_CORE, while "not dumpable" stops every kind of dump. The limit
    // still covers a later exec or a library that flips the dumpable flag back.
    const bool notDumpable = ::prctl(PR_SET_DUMPABLE, 0UL, 0UL, 0UL, 0UL) == 0;
    // The hard limit too, so that nothing in the process can raise the soft one again.
    const rlimit noCore{0, 0};
    const bool noCoreLimit = ::setrlimit(RLIMIT_CORE, &noCore) == 0;
    return notDumpable && noCoreLimit;
#else
    return false;
#endif
}

bool coreDumpsDisabled() noexcept
{
#ifdef __linux__
    rlimit limit{};
    return ::prctl(PR_GET_DUMPABLE, 0UL, 0UL, 0UL, 0UL) == 0 &&
           ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
#else
    return false;
#endif
}

} // namespace pr::crypto
