// Screenshots of the main screens, in Dutch, with the demo register: written to the build
// folder on every run (so a reviewer can look at them), and to docs/images when
// PR_SCREENSHOT_DIR says so (scripts/screenshots, for the user guide).

#include "core/json/RegisterDocument.h"
#include "core/time/Clock.h"
#include "gui/MainWindow.h"
#include "gui/UnlockDialog.h"
#include "gui/WelcomeWindow.h"
#include "gui/wizard/NewRegisterWizard.h"
#include "storage/audit/AuditContext.h"
#include "storage/transfer/RegisterTransfer.h"
#include "support/ScopedLanguage.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace pr::storage;

namespace {
QString screenshotFolder()
{
    const QString requested = qEnvironmentVariable("PR_SCREENSHOT_DIR");
    return requested.isEmpty() ? QStringLiteral(PR_BINARY_DIR "/screenshots") : requested;
}

void save(QWidget& widget, const QString& name)
{
    QDir().mkpath(screenshotFolder());
    const QString file = QDir(screenshotFolder()).filePath(name + QStringLiteral(".png"));
    REQUIRE(widget.grab().save(file));
}

// The demo register in a folder with a name a reader recognises.
struct DemoRegister {
    QString folder = QDir::temp().filePath(QStringLiteral("Privacyregister-voorbeeld"));
    QString path = QDir(folder).filePath(QStringLiteral("voorbeeld-it.prreg"));

    DemoRegister()
    {
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        QFile source(QStringLiteral(PR_SOURCE_DIR "/resources/demo/demo-register.json"));
        REQUIRE(source.open(QIODevice::ReadOnly));
        pr::core::json::RegisterDocument document;
        QList<pr::core::json::JsonIssue> issues;
        REQUIRE(pr::core::json::parseRegisterDocument(source.readAll(), document, issues));
        auto reg = Register::create(path, pr::test::password(), document.organisation.legalName,
                                    pr::test::fastOptions());
        const pr::core::FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        reg->write([&](SqliteDatabase& db) {
            RegisterTransfer::importDocument(db, AuditContext{clock, QStringLiteral("eigenaar")},
                                             document);
        });
    }
    ~DemoRegister() { QDir(folder).removeRecursively(); }
};
} // namespace

TEST_CASE("Screenshots of the main screens in Dutch", "[gui][screenshots]")
{
    const pr::test::ScopedLanguage dutch("nl");
    const DemoRegister demo;

    pr::gui::WelcomeWindow welcome;
    welcome.setRecentFiles({demo.path});
    welcome.resize(640, 420);
    welcome.show();
    save(welcome, QStringLiteral("welcome"));

    pr::gui::UnlockDialog unlock(demo.path, pr::test::fastOptions());
    unlock.show();
    save(unlock, QStringLiteral("unlock"));

    const pr::core::FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    pr::gui::NewRegisterWizard wizard(pr::test::fastOptions(), clock);
    wizard.resize(640, 520);
    wizard.show();
    save(wizard, QStringLiteral("wizard-location"));
    wizard.next();
    for (QLineEdit* edit : wizard.findChildren<QLineEdit*>()) {
        if (edit->isVisible()) {
            QTest::keyClicks(edit, QStringLiteral("paars kanaal fiets"));
        }
    }
    save(wizard, QStringLiteral("wizard-password"));

    auto* window = new pr::gui::MainWindow(
        Register::open(demo.path, pr::test::password(), OpenMode::ReadOnly, pr::test::fastOptions()));
    window->resize(900, 560);
    window->show();
    save(*window, QStringLiteral("main-window-overview"));
    window->close();
}
