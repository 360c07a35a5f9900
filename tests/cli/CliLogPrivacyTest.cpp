// Log lines never contain personal data (src/core/logging/Log.h): a verbose session of
// every kind of command on the demo register, then the log file and stderr are searched for
// every name, e-mail address and phone number in the demo register.

#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// Every value of a field that holds who someone is or how to reach them.
void collectPersonalValues(const QJsonValue& value, QSet<QString>& out)
{
    static const QSet<QString> personalFields = {
        QStringLiteral("legalName"),     QStringLiteral("name"),
        QStringLiteral("email"),         QStringLiteral("phone"),
        QStringLiteral("contactName"),   QStringLiteral("contactEmail"),
        QStringLiteral("contactPhone"),  QStringLiteral("representativeName"),
        QStringLiteral("requesterName"), QStringLiteral("requesterContact"),
        QStringLiteral("address"),
    };
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            collectPersonalValues(item, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (personalFields.contains(it.key()) && it.value().isString() &&
                it.value().toString().size() >= 5) {
                out.insert(it.value().toString());
            }
            collectPersonalValues(it.value(), out);
        }
    }
}

QByteArray run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PR_CLI_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    process.write("log privacy password\n");
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return process.readAllStandardError();
}
} // namespace

TEST_CASE("A verbose session on the demo register logs no name or address from it",
          "[cli][process][privacy]")
{
    QSet<QString> personal;
    collectPersonalValues(
        QJsonDocument::fromJson(
            pr::test::readFile(QStringLiteral(PR_SOURCE_DIR "/resources/demo/demo-register.json")))
            .object(),
        personal);
    REQUIRE(personal.size() > 30);

    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QString reg = dir.filePath(QStringLiteral("demo.prreg"));
    const auto args = [&](const QStringList& command) {
        return QStringList{QStringLiteral("--register"), reg, QStringLiteral("--password-stdin"),
                           QStringLiteral("--verbose")} +
               command;
    };
    QByteArray stderrText;
    stderrText +=
        run(args({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--kdf-memory"),
                  QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")}),
            environment);
    for (const QStringList& command :
         {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("list"), QStringLiteral("clients")},
          QStringList{QStringLiteral("show"), QStringLiteral("requests"), QStringLiteral("1")},
          QStringList{QStringLiteral("audit")},
          QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("x.json"))}}) {
        stderrText += run(args(command), environment);
    }
    const QByteArray log = pr::test::readFile(dir.filePath(
        QStringLiteral("data/Privacyregister/Privacyregister/logs/privacyregister.log")));
    REQUIRE(log.contains("register opened"));
    for (const QString& value : personal) {
        INFO(value.toStdString());
        CHECK_FALSE(log.contains(value.toUtf8()));
        CHECK_FALSE(stderrText.contains(value.toUtf8()));
    }
    CHECK_FALSE(log.contains("log privacy password"));
}
