#include "crypto/ProcessHardening.h"

#include <catch2/catch.hpp>

#ifdef __linux__
#include <sys/wait.h>

#include <unistd.h>
#endif

#ifdef __linux__
TEST_CASE("disableCoreDumps makes the process undumpable", "[hardening]")
{
    // In a child: the change is irreversible, and LeakSanitizer cannot inspect a process that
    // is not dumpable, so the test process itself must stay as it is.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // _exit, not exit: the child must not run the parent's atexit handlers (Catch, LSan).
        const bool wasDisabled = pr::crypto::coreDumpsDisabled();
        const bool succeeded = pr::crypto::disableCoreDumps();
        const bool nowDisabled = pr::crypto::coreDumpsDisabled();
        ::_exit(wasDisabled ? 3 : !succeeded ? 4 : !nowDisabled ? 5 : 0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    // 3: dumps were already off before the call, so the test proves nothing.
    // 4: a step failed. 5: the read-back disagrees.
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_FALSE(pr::crypto::coreDumpsDisabled());
}
#endif
