// A breach's documents from its details, as its role allows.

#include "GuiTestSupport.h"
#include "gui/editing/BreachDocumentActions.h"

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::EntityKind;
using pr::gui::BreachDocumentActions;
using pr::report::DocumentKind;

namespace {

// Demo breaches: DL-2026-01 and -02 of the firm's own data, DL-2026-03 of Lindeboom's.
constexpr qint64 kOwn = 1;
constexpr qint64 kClients = 3;

BreachDocumentActions& actionsOf(pr::test::DemoWindow& window)
{
    auto* actions =
        window->findChild<BreachDocumentActions*>(QStringLiteral("breachDocumentActions"));
    REQUIRE(actions != nullptr);
    return *actions;
}

bool offered(const BreachDocumentActions& actions, DocumentKind kind)
{
    return !actions.button(kind)->isHidden();
}

} // namespace

TEST_CASE("The breach's details offer the documents its role allows", "[gui][breach]")
{
    pr::test::DemoWindow window;
    BreachDocumentActions& actions = actionsOf(window);

    REQUIRE(window->showRecord(EntityKind::Breach, kOwn));
    CHECK(offered(actions, DocumentKind::BreachNotificationAp));
    CHECK(offered(actions, DocumentKind::BreachNotificationSubjects));
    CHECK_FALSE(offered(actions, DocumentKind::BreachNotificationClient));

    REQUIRE(window->showRecord(EntityKind::Breach, kClients));
    CHECK_FALSE(offered(actions, DocumentKind::BreachNotificationAp));
    CHECK_FALSE(offered(actions, DocumentKind::BreachNotificationSubjects));
    CHECK(offered(actions, DocumentKind::BreachNotificationClient));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"klant.pdf"_s);
    CHECK(actions.saveTo(DocumentKind::BreachNotificationClient, pdf).isEmpty());
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished());
    CHECK(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(u"Lindeboom"_s));
    // What the role does not allow is refused with the reason, and nothing is written.
    const QString refused = dir.filePath(u"ap.pdf"_s);
    CHECK(actions.saveTo(DocumentKind::BreachNotificationAp, refused)
              .contains(u"the client, as controller, decides"_s));
    CHECK_FALSE(QFile::exists(refused));
}
