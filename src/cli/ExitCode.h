#pragma once

namespace pr::cli {

// The exit codes of privacyregister-cli, documented in docs/cli.md. Scripts (cron) depend on
// them: never renumber, only add.
enum class ExitCode : int {
    Success = 0,
    Failed = 1,        // the operation failed (e.g. the register is in use, a save failed)
    UsageError = 2,    // unknown command or bad arguments
    WrongPassword = 3, // the password does not open the register
    DamagedFile = 4,   // not a register, truncated, damaged, or an unsupported version
    Overdue = 5,       // `due`: something is overdue
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace pr::cli
