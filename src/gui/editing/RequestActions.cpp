#include "gui/editing/RequestActions.h"

#include "core/domain/validation/DataSubjectRequestValidation.h"
#include "core/time/Clock.h"
#include "core/workflow/RequestWorkflow.h"
#include "gui/documents/DocumentChoices.h"
#include "gui/documents/DocumentsPage.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/RequestStepDialog.h"
#include "gui/editing/StepRecording.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/FlowLayout.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "report/model/LetterEligibility.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/steps/RequestSteps.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pr::gui {

using core::EntityKind;
using core::RequestStep;

namespace {

QString buttonText(RequestStep step)
{
    switch (step) {
    case RequestStep::RequestIdentity:
        return RequestActions::tr("Identity &requested…");
    case RequestStep::VerifyIdentity:
        return RequestActions::tr("Identity &verified…");
    case RequestStep::Start:
        return RequestActions::tr("&Start handling…");
    case RequestStep::Extend:
        return RequestActions::tr("E&xtend…");
    case RequestStep::InformClient:
        return RequestActions::tr("&Client informed…");
    case RequestStep::Answer:
        return RequestActions::tr("A&nswered…");
    case RequestStep::Refuse:
        return RequestActions::tr("Re&fuse…");
    case RequestStep::Withdraw:
        return RequestActions::tr("Wit&hdrawn…");
    }
    return {};
}

QString buttonName(RequestStep step)
{
    return QStringLiteral("requestStep-") + core::enumCode(step);
}

QString nameOf(const core::DataSubjectRequest& request)
{
    return request.reference.isEmpty() ? QString::number(request.id) : request.reference;
}

} // namespace

RequestActions::RequestActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                               const core::Clock& clock, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_undo(undo)
    , m_pages(pages)
    , m_clock(clock)
    , m_window(window)
    , m_stepsLabel(new QLabel(tr("Next step:"), window))
    , m_letter(new QPushButton(tr("Make a &letter"), window))
    , m_letters(new QMenu(m_letter))
{
    setObjectName(QStringLiteral("requestActions"));
    RecordListPage* requests = m_pages.listPage(EntityKind::DataSubjectRequest);

    // More steps than one row of the narrow pane holds: they wrap, under a heading of their own.
    auto* block = new QWidget(window);
    block->setObjectName(QStringLiteral("requestStepButtons"));
    auto* rows = new QVBoxLayout(block);
    rows->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_stepsLabel->font();
    bold.setBold(true);
    m_stepsLabel->setFont(bold);
    rows->addWidget(m_stepsLabel);
    auto* steps = new FlowLayout;
    for (const RequestStep step : core::enumValues<RequestStep>()) {
        auto* button = new QPushButton(buttonText(step), block);
        button->setObjectName(buttonName(step));
        steps->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, step] { startStep(step); });
        m_stepButtons << button;
    }
    rows->addLayout(steps);
    auto* letterRow = new QHBoxLayout;
    m_letter->setObjectName(QStringLiteral("requestLetterButton"));
    m_letter->setMenu(m_letters);
    letterRow->addWidget(m_letter);
    letterRow->addStretch();
    rows->addLayout(letterRow);
    requests->detailPane()->addActionRow(block);

    connect(requests, &RecordListPage::currentRecordChanged, this, &RequestActions::updateButtons);
    connect(&m_editor, &RegisterEditor::changed, this, [this](EntityKind kind, qint64) {
        if (kind == EntityKind::DataSubjectRequest) {
            updateButtons();
        }
    });
    updateButtons();
}

QPushButton* RequestActions::stepButton(RequestStep step) const
{
    return m_stepButtons.value(static_cast<int>(step));
}

qint64 RequestActions::currentId() const
{
    return m_pages.listPage(EntityKind::DataSubjectRequest)->currentId();
}

std::optional<core::DataSubjectRequest> RequestActions::current() const
{
    const qint64 id = currentId();
    return id != 0 ? usecases::RequestSteps::find(m_editor.context(), id) : std::nullopt;
}

QList<report::DocumentKind> RequestActions::offeredLetters() const
{
    QList<report::DocumentKind> offered;
    for (const QAction* action : m_letters->actions()) {
        offered << static_cast<report::DocumentKind>(action->data().toInt());
    }
    return offered;
}

void RequestActions::updateButtons()
{
    const std::optional<core::DataSubjectRequest> request = current();
    // Read-only: no step to offer, rather than buttons that never work. Letters only read.
    const bool writable = !m_editor.isReadOnly();
    const QList<RequestStep> possible =
        request && writable ? core::RequestWorkflow::possibleSteps(*request) : QList<RequestStep>{};
    for (const RequestStep step : core::enumValues<RequestStep>()) {
        stepButton(step)->setVisible(possible.contains(step));
    }
    m_stepsLabel->setVisible(!possible.isEmpty());

    m_letters->clear();
    const QList<report::DocumentKind> letters =
        request ? report::LetterEligibility::lettersFor(*request) : QList<report::DocumentKind>{};
    for (const report::DocumentKind letter : letters) {
        QAction* action = m_letters->addAction(DocumentChoices::title(letter));
        action->setData(static_cast<int>(letter));
        connect(action, &QAction::triggered, this, [this, letter] { openLetter(letter); });
    }
    m_letter->setVisible(!letters.isEmpty());
}

RequestStepDialog* RequestActions::startStep(RequestStep step)
{
    const std::optional<core::DataSubjectRequest> request = current();
    if (!request || m_editor.isReadOnly() ||
        !core::RequestWorkflow::possibleSteps(*request).contains(step)) {
        return nullptr;
    }
    const qint64 id = request->id;
    // Not exec(): the window stays responsive, and tests can fill the dialog in.
    auto* dialog = new RequestStepDialog(step, *request, m_clock.today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StepDialog::edited, this, [this, dialog, id] { check(dialog, id); });
    connect(dialog, &StepDialog::submitted, this, [this, dialog, id] { finishStep(dialog, id); });
    check(dialog, id);
    dialog->open();
    return dialog;
}

void RequestActions::check(RequestStepDialog* dialog, qint64 id)
{
    StepRecording<usecases::RequestSteps>::check(m_editor, *dialog, id, dialog->date());
}

void RequestActions::finishStep(RequestStepDialog* dialog, qint64 id)
{
    const RequestStep step = dialog->step();
    StepRecording<usecases::RequestSteps>::finish(
        m_editor, m_undo, *dialog, id, dialog->date(), EntityKind::DataSubjectRequest,
        [step](const core::DataSubjectRequest& after) {
            return tr("%1: request %2").arg(core::enumLabel(step), nameOf(after));
        });
}

bool RequestActions::openLetter(report::DocumentKind letter)
{
    const std::optional<core::DataSubjectRequest> request = current();
    if (!request || !report::LetterEligibility::fits(letter, *request)) {
        return false;
    }
    DocumentsPage* documents = m_pages.documentsPage();
    const bool chosen = documents->chooseLetter(letter, request->id);
    m_pages.show(Section::Documents);
    if (!chosen) {
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("Template not saved"),
            tr("Documenten has changes to a template that are not saved. Save or discard them, "
               "then choose the letter again."),
            QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return chosen;
}

} // namespace pr::gui
