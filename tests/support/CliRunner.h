#pragma once

// Runs privacyregister-cli in-process over buffers, as a script would run the binary.

#include "cli/CliApplication.h"
#include "core/time/Clock.h"

#include <QBuffer>
#include <QTextStream>

namespace pr::test {

struct CliResult {
    cli::ExitCode code;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments, const QByteArray& input = {},
                        const core::Clock* clock = nullptr)
{
    static const core::FixedClock defaultClock(
        QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::LocalTime));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QByteArray inputCopy = input;
    QBuffer in(&inputCopy);
    in.open(QIODevice::ReadOnly);
    cli::CliApplication app(outStream, errStream, in, clock != nullptr ? *clock : defaultClock);
    QStringList argv{QStringLiteral("privacyregister-cli")};
    argv += arguments;
    const cli::ExitCode code = app.run(argv);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace pr::test
