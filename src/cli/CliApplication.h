#pragma once

#include "cli/Command.h"
#include "cli/ExitCode.h"
#include "cli/GlobalOptions.h"
#include "core/time/Clock.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace pr::cli {

// Parses the command line, runs one command, and turns every failure into a message and
// an exit code. Everything the process does lives here, so tests run it in-process.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication(QTextStream& out, QTextStream& err, QIODevice& in, const core::Clock& clock);
    ~CliApplication();

    // ARGUMENTS includes the program name, as QCoreApplication::arguments() does.
    ExitCode run(const QStringList& arguments);

    QString usage() const;

private:
    Command* find(const QString& name) const;
    ExitCode runCommand(Command& command, const QStringList& arguments, GlobalOptions options);
    ExitCode usageError(const QString& message, const QString& usageText);

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    const core::Clock& m_clock;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace pr::cli
