#include "cli/TerminalPassword.h"

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace pr::cli {

bool TerminalPassword::available()
{
    return isatty(STDIN_FILENO) == 1;
}

crypto::SecureBytes TerminalPassword::ask(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);

    termios saved{};
    const bool canHideEcho = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHideEcho) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }

    crypto::SecureBytes password;
    char c = 0;
    while (read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        password.push_back(static_cast<std::uint8_t>(c));
    }
    c = 0;
    if (!password.empty() && password.back() == '\r') {
        password.pop_back();
    }

    if (canHideEcho) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    std::fputs("\n", stderr);
    return password;
}

} // namespace pr::cli
