#include "cli/GlobalOptions.h"

#include <QCoreApplication>

namespace pr::cli {

namespace {
const QString kRegister = QStringLiteral("register");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kPasswordStdin = QStringLiteral("password-stdin");
const QString kVerbose = QStringLiteral("verbose");

} // namespace

void GlobalOptions::addTo(QCommandLineParser& parser)
{
    parser.addOption({kRegister,
                      tr("The register file to use (default: $PRIVACYREGISTER_REGISTER)."),
                      tr("PATH")});
    parser.addOption(
        {kPasswordFile, tr("Read the password from the first line of PATH."), tr("PATH")});
    parser.addOption({kPasswordStdin, tr("Read the password from the first line of stdin.")});
    parser.addOption({kVerbose, tr("Also write the log to stderr.")});
}

void GlobalOptions::mergeFrom(const QCommandLineParser& parser)
{
    if (parser.isSet(kRegister)) {
        registerPath = parser.value(kRegister);
    }
    if (parser.isSet(kPasswordFile)) {
        passwordFile = parser.value(kPasswordFile);
    }
    passwordFromStdin = passwordFromStdin || parser.isSet(kPasswordStdin);
    verbose = verbose || parser.isSet(kVerbose);
}

} // namespace pr::cli
