#pragma once

// The demo register as the CLI tests start from it: made with `init --demo` in a temporary
// folder of its own (tests run in parallel), with a password file and the cheapest KDF
// settings, so that each test case gets a fresh register in a moment. One fixture for every
// CLI test, so that they all agree on how the register is made and addressed.

#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace pr::test {

struct CliDemoRegister {
    QTemporaryDir dir;
    QString passwordFile = dir.filePath(QStringLiteral("password"));
    QString reg = dir.filePath(QStringLiteral("demo.prreg"));

    CliDemoRegister()
    {
        REQUIRE(writeFile(passwordFile, "demo test password\n"));
        const CliResult created =
            run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--kdf-memory"),
                 QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")});
        INFO(created.err.toStdString());
        REQUIRE(created.code == cli::ExitCode::Success);
    }

    // The options that name the register and its password, for a command line of one's own.
    QStringList global() const
    {
        return {QStringLiteral("--register"), reg, QStringLiteral("--password-file"), passwordFile};
    }
    // COMMAND on this register, in-process, on the CLI tests' fixed day (runCli's clock).
    CliResult run(const QStringList& command) const { return runCli(global() + command); }
    QString path(const QString& name) const { return dir.filePath(name); }

    // For the real binary: as on a machine without a display (no platform chosen, so main()
    // picks "offscreen" itself, and no display), with a data folder of this register's own so
    // that no template of the user's is read.
    QProcessEnvironment headlessEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        return environment;
    }
};

} // namespace pr::test
