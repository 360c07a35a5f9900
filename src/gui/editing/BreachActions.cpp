#include "gui/editing/BreachActions.h"

#include "core/domain/validation/BreachValidation.h"
#include "core/time/Clock.h"
#include "core/workflow/BreachWorkflow.h"
#include "gui/editing/BreachStepDialog.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/StepRecording.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/FlowLayout.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/BreachRepository.h"
#include "usecases/steps/BreachSteps.h"

#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pr::gui {

using core::BreachStep;
using core::EntityKind;

namespace {

QString buttonText(BreachStep step, bool reported)
{
    switch (step) {
    case BreachStep::ReportToAuthority:
        // A second report adds to the first (art. 33(4)): the button says so.
        return reported ? BreachActions::tr("Follow-&up report to the AP…")
                        : BreachActions::tr("Reported to the &AP…");
    case BreachStep::DecideNotToReport:
        return BreachActions::tr("&Not reported to the AP…");
    case BreachStep::InformClient:
        return BreachActions::tr("&Client informed…");
    case BreachStep::InformSubjects:
        return BreachActions::tr("&People informed…");
    case BreachStep::DecideNotToInform:
        return BreachActions::tr("People n&ot informed…");
    }
    return {};
}

QString buttonName(BreachStep step)
{
    return QStringLiteral("breachStep-") + core::enumCode(step);
}

QString nameOf(const core::Breach& breach)
{
    return breach.reference.isEmpty() ? QString::number(breach.id) : breach.reference;
}

} // namespace

BreachActions::BreachActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                             const core::Clock& clock, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_undo(undo)
    , m_pages(pages)
    , m_clock(clock)
    , m_window(window)
    , m_stepsLabel(new QLabel(tr("Next step:"), window))
{
    setObjectName(QStringLiteral("breachActions"));
    RecordListPage* breaches = m_pages.listPage(EntityKind::Breach);

    // As the request's steps: wrapped in the narrow pane, under a heading of their own.
    auto* block = new QWidget(window);
    block->setObjectName(QStringLiteral("breachStepButtons"));
    auto* rows = new QVBoxLayout(block);
    rows->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_stepsLabel->font();
    bold.setBold(true);
    m_stepsLabel->setFont(bold);
    rows->addWidget(m_stepsLabel);
    auto* steps = new FlowLayout;
    for (const BreachStep step : core::enumValues<BreachStep>()) {
        auto* button = new QPushButton(buttonText(step, false), block);
        button->setObjectName(buttonName(step));
        steps->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, step] { startStep(step); });
        m_stepButtons << button;
    }
    rows->addLayout(steps);
    breaches->detailPane()->addActionRow(block);

    connect(breaches, &RecordListPage::currentRecordChanged, this, &BreachActions::updateButtons);
    connect(&m_editor, &RegisterEditor::changed, this, [this](EntityKind kind, qint64) {
        if (kind == EntityKind::Breach) {
            updateButtons();
        }
    });
    updateButtons();
}

QPushButton* BreachActions::stepButton(BreachStep step) const
{
    return m_stepButtons.value(static_cast<int>(step));
}

std::optional<core::Breach> BreachActions::current() const
{
    const qint64 id = m_pages.listPage(EntityKind::Breach)->currentId();
    return id != 0 ? usecases::BreachSteps::find(m_editor.context(), id) : std::nullopt;
}

void BreachActions::updateButtons()
{
    const std::optional<core::Breach> breach = current();
    // Read-only: no step to offer, rather than buttons that never work.
    const QList<BreachStep> possible = breach && !m_editor.isReadOnly()
                                           ? core::BreachWorkflow::possibleSteps(*breach)
                                           : QList<BreachStep>{};
    for (const BreachStep step : core::enumValues<BreachStep>()) {
        stepButton(step)->setVisible(possible.contains(step));
    }
    stepButton(BreachStep::ReportToAuthority)
        ->setText(buttonText(BreachStep::ReportToAuthority,
                             breach && !breach->apNotifications.isEmpty()));
    m_stepsLabel->setVisible(!possible.isEmpty());
}

BreachStepDialog* BreachActions::startStep(BreachStep step)
{
    const std::optional<core::Breach> breach = current();
    if (!breach || m_editor.isReadOnly() ||
        !core::BreachWorkflow::possibleSteps(*breach).contains(step)) {
        return nullptr;
    }
    const qint64 id = breach->id;
    // Not exec(): the window stays responsive, and tests can fill the dialog in.
    auto* dialog = new BreachStepDialog(step, *breach, m_clock.now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StepDialog::edited, this, [this, dialog, id] { check(dialog, id); });
    connect(dialog, &StepDialog::submitted, this, [this, dialog, id] { finishStep(dialog, id); });
    check(dialog, id);
    dialog->open();
    return dialog;
}

void BreachActions::check(BreachStepDialog* dialog, qint64 id)
{
    StepRecording<usecases::BreachSteps>::check(m_editor, *dialog, id, dialog->moment());
}

void BreachActions::finishStep(BreachStepDialog* dialog, qint64 id)
{
    const BreachStep step = dialog->step();
    StepRecording<usecases::BreachSteps>::finish(
        m_editor, m_undo, *dialog, id, dialog->moment(), EntityKind::Breach,
        [step](const core::Breach& after) {
            return tr("%1: breach %2").arg(core::enumLabel(step), nameOf(after));
        });
}

} // namespace pr::gui
