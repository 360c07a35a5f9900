#include "gui/editing/BreachDocumentActions.h"

#include "core/workflow/BreachDuty.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/FlowLayout.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "report/DocumentRenderer.h"
#include "report/ReportError.h"
#include "report/template/TemplateError.h"
#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/BreachRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pr::gui {

using core::EntityKind;
using report::DocumentKind;

namespace {

QString buttonText(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::BreachNotificationAp:
        return BreachDocumentActions::tr("Notification to the AP…");
    case DocumentKind::BreachNotificationClient:
        return BreachDocumentActions::tr("Notification to the client…");
    case DocumentKind::BreachNotificationSubjects:
        return BreachDocumentActions::tr("Letter to the people affected…");
    default:
        return {};
    }
}

QString fileName(DocumentKind kind, const core::Breach& breach)
{
    const QString name = breach.reference.isEmpty() ? QString::number(breach.id) : breach.reference;
    switch (kind) {
    case DocumentKind::BreachNotificationAp:
        return BreachDocumentActions::tr("breach-%1-ap.pdf").arg(name);
    case DocumentKind::BreachNotificationClient:
        return BreachDocumentActions::tr("breach-%1-client.pdf").arg(name);
    default:
        return BreachDocumentActions::tr("breach-%1-people.pdf").arg(name);
    }
}

} // namespace

BreachDocumentActions::BreachDocumentActions(RegisterEditor& editor, SectionPages& pages,
                                             const core::Clock& clock, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_pages(pages)
    , m_clock(clock)
    , m_window(window)
{
    setObjectName(QStringLiteral("breachDocumentActions"));
    RecordListPage* breaches = m_pages.listPage(EntityKind::Breach);
    auto* block = new QWidget(window);
    block->setObjectName(QStringLiteral("breachDocumentButtons"));
    auto* rows = new QVBoxLayout(block);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Documents:"), block);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    rows->addWidget(label);
    auto* buttons = new FlowLayout;
    for (const DocumentKind kind :
         {DocumentKind::BreachNotificationAp, DocumentKind::BreachNotificationClient,
          DocumentKind::BreachNotificationSubjects}) {
        auto* button = new QPushButton(buttonText(kind), block);
        button->setObjectName(QStringLiteral("breachDocument-") + report::documentKindCode(kind));
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, kind] { chooseAndSave(kind); });
        m_buttons.append({kind, button});
    }
    rows->addLayout(buttons);
    breaches->detailPane()->addActionRow(block);
    connect(breaches, &RecordListPage::currentRecordChanged, this,
            &BreachDocumentActions::updateButtons);
    connect(&m_editor, &RegisterEditor::changed, this, [this](EntityKind kind, qint64) {
        if (kind == EntityKind::Breach) {
            updateButtons();
        }
    });
    updateButtons();
}

QPushButton* BreachDocumentActions::button(DocumentKind kind) const
{
    for (const auto& [entry, button] : m_buttons) {
        if (entry == kind) {
            return button;
        }
    }
    return nullptr;
}

std::optional<core::Breach> BreachDocumentActions::current() const
{
    const qint64 id = m_pages.listPage(EntityKind::Breach)->currentId();
    return id != 0 ? storage::BreachRepository::find(m_editor.context().database(), id)
                   : std::nullopt;
}

void BreachDocumentActions::updateButtons()
{
    const std::optional<core::Breach> breach = current();
    const bool processor =
        breach && core::BreachDuty::roleOf(*breach) == core::BreachRole::Processor;
    button(DocumentKind::BreachNotificationAp)->setVisible(breach && !processor);
    button(DocumentKind::BreachNotificationSubjects)->setVisible(breach && !processor);
    button(DocumentKind::BreachNotificationClient)->setVisible(processor);
    if (QWidget* block = m_buttons.constFirst().second->parentWidget()) {
        block->setVisible(breach.has_value());
    }
}

QString BreachDocumentActions::saveTo(DocumentKind kind, const QString& path) const
{
    const std::optional<core::Breach> breach = current();
    if (!breach) {
        return tr("Choose a data breach first.");
    }
    report::DocumentRequest request;
    request.kind = kind;
    request.breachId = breach->id;
    try {
        const report::DocumentRenderer renderer(m_editor.context().database(), m_clock);
        const QByteArray bytes = renderer.render(request);
        storage::AtomicFile::write(path, storage::byteView(bytes));
    } catch (const report::TemplateError& error) {
        return error.message();
    } catch (const report::ReportError& error) {
        return QString::fromUtf8(error.what());
    } catch (const storage::RegisterError& error) {
        return error.message();
    }
    return {};
}

void BreachDocumentActions::chooseAndSave(DocumentKind kind)
{
    const std::optional<core::Breach> breach = current();
    if (!breach) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save document"),
                                                QDir(folder).filePath(fileName(kind, *breach)),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    const QString problem = saveTo(kind, path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Document not saved"),
                             tr("The document was not saved: %1").arg(problem));
    }
}

} // namespace pr::gui
