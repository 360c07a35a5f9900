// The decision aid of the breach editor: the proposed risk level, confirmed or overridden with a
// reason, put into the form.

#include "gui/editors/BreachRiskDialog.h"

#include "GuiTestSupport.h"
#include "gui/editors/BreachEditor.h"
#include "gui/editors/EditorFactory.h"

#include <QComboBox>
#include <QPlainTextEdit>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::BreachRisk;
using pr::core::EntityKind;

namespace {
// Demo breach DL-2026-02: an invoice mailed to the wrong customer, who deleted it.
constexpr qint64 kWrongInvoice = 2;
} // namespace

TEST_CASE("The decision aid proposes a risk, and another level needs a reason", "[gui][breach]")
{
    pr::test::DemoWindow window;
    const auto editor =
        pr::gui::EditorFactory::create(EntityKind::Breach, kWrongInvoice,
                                       window->currentRegister().database(), window.clock().now());
    auto* breachEditor = dynamic_cast<pr::gui::BreachEditor*>(editor.get());
    REQUIRE(breachEditor != nullptr);

    pr::gui::BreachRiskDialog* aid = breachEditor->assessRisk();
    // From the record: not encrypted; nothing sensitive recorded, so that is still open.
    CHECK(aid->question("unintelligible")->currentIndex() == 2);
    CHECK(aid->advice().risk == BreachRisk::Risk);
    aid->question("personalData")->setCurrentIndex(1);
    aid->question("sensitive")->setCurrentIndex(2);
    aid->question("illIntent")->setCurrentIndex(2);
    aid->question("harmUndone")->setCurrentIndex(1);
    CHECK(aid->advice().risk == BreachRisk::None);
    CHECK(aid->canAccept());

    // The user thinks otherwise: only with a reason.
    aid->riskCombo()->setCurrentIndex(aid->riskCombo()->findData(u"risk"_s));
    CHECK_FALSE(aid->canAccept());
    aid->overrideReason()->setPlainText(u"De klant is een concurrent"_s);
    REQUIRE(aid->canAccept());
    aid->accept();

    const pr::core::Breach edited = breachEditor->value();
    CHECK(edited.risk == BreachRisk::Risk);
    CHECK(edited.riskReasoning.contains(u"De klant is een concurrent"_s));
    CHECK(edited.riskReasoning.contains(u"trusted recipient"_s));
    CHECK(breachEditor->isModified());
}

TEST_CASE("As processor the decision aid gives no advice on the AP", "[gui][breach]")
{
    pr::test::DemoWindow window;
    // DL-2026-03: ransomware on a client's server.
    const auto editor = pr::gui::EditorFactory::create(
        EntityKind::Breach, 3, window->currentRegister().database(), window.clock().now());
    auto* breachEditor = dynamic_cast<pr::gui::BreachEditor*>(editor.get());
    REQUIRE(breachEditor != nullptr);
    pr::gui::BreachRiskDialog* aid = breachEditor->assessRisk();
    aid->question("illIntent")->setCurrentIndex(1);
    CHECK(aid->advice().risk == BreachRisk::High);
    CHECK(aid->advice().reasons.last().contains(u"the client, as controller"_s));
    CHECK_FALSE(aid->reasoning().contains(u"72 hours"_s));
    aid->reject();
}
