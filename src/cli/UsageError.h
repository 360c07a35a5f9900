#pragma once

#include <QString>

#include <stdexcept>

namespace pr::cli {

// Thrown for a problem with the command line itself; reported as one line plus the usage of
// the command, with ExitCode::UsageError.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace pr::cli
