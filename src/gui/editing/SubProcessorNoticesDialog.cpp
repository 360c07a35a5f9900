#include "gui/editing/SubProcessorNoticesDialog.h"

#include "core/time/Clock.h"
#include "gui/editing/ObjectionDialog.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/sections/NoticeText.h"
#include "report/DocumentRenderer.h"
#include "report/ReportError.h"
#include "storage/ByteView.h"
#include "storage/Register.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/subprocessors/SubProcessorNotices.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pr::gui {

namespace {

enum Column { ClientColumn, AgreementColumn, PeriodColumn, NoticeColumn };

// The latest notice of the sub-processor to CLIENTID, if any.
std::optional<core::SubProcessorNotice> latestNotice(const storage::SqliteDatabase& db,
                                                     qint64 subProcessorId, qint64 clientId)
{
    for (const core::SubProcessorNotice& notice :
         storage::SubProcessorNoticeRepository::forSubProcessor(db, subProcessorId)) {
        if (notice.clientId == clientId) {
            return notice;
        }
    }
    return std::nullopt;
}

} // namespace

SubProcessorNoticesDialog::SubProcessorNoticesDialog(RegisterEditor& editor,
                                                     const core::Clock& clock,
                                                     qint64 subProcessorId,
                                                     QList<core::AffectedClient> clients,
                                                     QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_clock(clock)
    , m_subProcessorId(subProcessorId)
    , m_clients(std::move(clients))
    , m_list(new QTreeWidget(this))
    , m_replaces(new QLineEdit(this))
    , m_sentDate(new QDateEdit(this))
    , m_save(new QPushButton(tr("&Save notice as PDF…"), this))
    , m_sent(new QPushButton(tr("&Record as sent"), this))
    , m_objection(new QPushButton(tr("O&bjection…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("subProcessorNoticesDialog"));
    const auto sub =
        storage::SubProcessorRepository::find(m_editor.context().database(), subProcessorId);
    setWindowTitle(tr("Tell the clients: %1").arg(sub ? sub->name : QString()));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("These clients have an agreement whose processing %1 serves. Tell each of them "
           "before it processes their data (art. 28(2) GDPR): each may object within the period "
           "of its own agreement (art. 9.2).")
            .arg(sub ? sub->name : QString()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("noticeClients"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Client"), tr("Agreement"), tr("Objection period"), tr("Notice")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);

    auto* form = new QFormLayout;
    m_replaces->setObjectName(QStringLiteral("noticeReplaces"));
    m_replaces->setPlaceholderText(tr("Empty when it is an addition"));
    m_replaces->setAccessibleName(tr("The sub-processor it replaces"));
    form->addRow(tr("Re&places:"), m_replaces);
    m_sentDate->setCalendarPopup(true);
    m_sentDate->setDate(m_clock.today());
    m_sentDate->setAccessibleName(tr("Date the notice was sent"));
    form->addRow(tr("Sent &on:"), m_sentDate);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    m_save->setObjectName(QStringLiteral("saveNoticeButton"));
    m_sent->setObjectName(QStringLiteral("recordSentButton"));
    m_objection->setObjectName(QStringLiteral("objectionButton"));
    actions->addWidget(m_save);
    actions->addWidget(m_sent);
    actions->addWidget(m_objection);
    actions->addStretch();
    layout->addLayout(actions);

    m_status->setObjectName(QStringLiteral("noticeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &SubProcessorNoticesDialog::chooseSavePath);
    connect(m_sent, &QPushButton::clicked, this, [this] { recordSent(); });
    connect(m_objection, &QPushButton::clicked, this, [this] { startObjection(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            &SubProcessorNoticesDialog::updateButtons);
    resize(720, 420);
    refresh();
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
}

qint64 SubProcessorNoticesDialog::currentClientId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(ClientColumn, Qt::UserRole).toLongLong() : 0;
}

void SubProcessorNoticesDialog::refresh()
{
    const qint64 chosen = currentClientId();
    const storage::SqliteDatabase& db = m_editor.context().database();
    const QDate today = m_clock.today();
    m_list->clear();
    for (const core::AffectedClient& affected : m_clients) {
        const auto notice = latestNotice(db, m_subProcessorId, affected.client.id);
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(ClientColumn, Qt::UserRole, affected.client.id);
        item->setText(ClientColumn, affected.client.legalName);
        item->setText(AgreementColumn, tr("Version %1: %2")
                                           .arg(affected.agreement.version,
                                                core::enumLabel(affected.agreement.signingState)));
        const int days = notice ? notice->objectionDays : affected.agreement.changeNoticeDays;
        item->setText(PeriodColumn, tr("%n day(s)", nullptr, days));
        item->setText(NoticeColumn,
                      notice ? NoticeText::line(*notice, tr("Sent"), today) : tr("Not sent yet"));
        if (affected.client.id == chosen) {
            m_list->setCurrentItem(item);
        }
    }
    for (int column = 0; column < NoticeColumn; ++column) {
        m_list->resizeColumnToContents(column);
    }
    updateButtons();
}

void SubProcessorNoticesDialog::updateButtons()
{
    const qint64 clientId = currentClientId();
    const bool writable = !m_editor.isReadOnly();
    m_save->setEnabled(clientId != 0);
    m_sent->setEnabled(clientId != 0 && writable);
    m_objection->setEnabled(
        clientId != 0 && writable &&
        latestNotice(m_editor.context().database(), m_subProcessorId, clientId).has_value());
}

void SubProcessorNoticesDialog::showStatus(const QString& text)
{
    m_status->setText(text);
}

void SubProcessorNoticesDialog::chooseSavePath()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("notice-subprocessor-%1.pdf").arg(item->text(ClientColumn));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save notice"), QDir(folder).filePath(name), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    saveNoticeTo(path);
}

bool SubProcessorNoticesDialog::saveNoticeTo(const QString& path)
{
    report::DocumentRequest request;
    request.kind = report::DocumentKind::SubProcessorNotice;
    request.subProcessorId = m_subProcessorId;
    request.clientId = currentClientId();
    request.replacesName = m_replaces->text().trimmed();
    QString problem;
    try {
        const report::DocumentRenderer renderer(m_editor.context().database(), m_clock);
        const QByteArray bytes = renderer.render(request);
        storage::AtomicFile::write(path, storage::byteView(bytes));
    } catch (const report::ReportError& error) {
        problem = QString::fromUtf8(error.what());
    } catch (const storage::RegisterError& error) {
        problem = error.message();
    }
    showStatus(problem.isEmpty() ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("The notice was not saved: %1").arg(problem));
    return problem.isEmpty();
}

usecases::ChangeResult SubProcessorNoticesDialog::recordSent()
{
    usecases::SubProcessorNotices::Sending sending;
    sending.subProcessorId = m_subProcessorId;
    sending.clientId = currentClientId();
    sending.sentDate = m_sentDate->date();
    sending.replacedName = m_replaces->text().trimmed();
    sending.change = sending.replacedName.isEmpty() ? core::SubProcessorChange::Added
                                                    : core::SubProcessorChange::Replaced;
    const usecases::ChangeResult result =
        m_editor.report(core::EntityKind::SubProcessorNotice,
                        usecases::SubProcessorNotices::recordSent(m_editor.context(), sending));
    showStatus(result.refused() ? result.explanation() : tr("Recorded as sent."));
    refresh();
    return result;
}

ObjectionDialog* SubProcessorNoticesDialog::startObjection()
{
    const auto notice =
        latestNotice(m_editor.context().database(), m_subProcessorId, currentClientId());
    if (!notice || m_editor.isReadOnly()) {
        return nullptr;
    }
    auto* dialog = new ObjectionDialog(*notice, m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 noticeId = notice->id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, noticeId] { finishObjection(dialog, noticeId); });
    m_objectionDialog = dialog;
    dialog->open();
    return dialog;
}

void SubProcessorNoticesDialog::finishObjection(ObjectionDialog* dialog, qint64 noticeId)
{
    usecases::SubProcessorNotices::Objection objection;
    objection.noticeId = noticeId;
    objection.date = dialog->date();
    objection.text = dialog->text();
    objection.outcome = dialog->outcome();
    const usecases::ChangeResult result = m_editor.report(
        core::EntityKind::SubProcessorNotice,
        usecases::SubProcessorNotices::recordObjection(m_editor.context(), objection));
    showStatus(result.refused() ? tr("The objection was not recorded: %1").arg(result.explanation())
                                : tr("Objection recorded."));
    refresh();
}

} // namespace pr::gui
