#include "gui/RegisterOverview.h"

#include "gui/SectionNames.h"
#include "storage/Register.h"
#include "storage/RegisterSummary.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pr::gui {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

RegisterOverview::RegisterOverview(QWidget* parent)
    : QWidget(parent)
    , m_organisation(valueLabel(this, tr("Organisation")))
    , m_file(valueLabel(this, tr("File")))
    , m_access(valueLabel(this, tr("Access")))
    , m_protection(valueLabel(this, tr("Protection")))
    , m_backups(valueLabel(this, tr("Backups")))
    , m_contents(new QTreeWidget(this))
{
    QFont title = m_organisation->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_organisation->setFont(title);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Access:"), m_access);
    form->addRow(tr("Protection:"), m_protection);
    form->addRow(tr("Backups:"), m_backups);

    m_contents->setColumnCount(2);
    m_contents->setHeaderLabels({tr("Part of the register"), tr("Records")});
    m_contents->setRootIsDecorated(false);
    m_contents->setAccessibleName(tr("Contents of the register"));
    m_contents->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_organisation);
    layout->addLayout(form);
    layout->addWidget(m_contents, 1);
}

void RegisterOverview::show(const storage::Register& reg)
{
    const storage::RegisterInfo info = reg.info();
    const QLocale locale;
    m_organisation->setText(storage::OrganisationRepository::legalName(reg.database()));
    m_file->setText(QDir::toNativeSeparators(reg.path()));
    m_access->setText(reg.isReadOnly() ? tr("read-only: changes cannot be saved")
                                       : tr("read and write"));
    m_protection->setText(tr("AES-256-GCM, key from the password with Argon2id (%1 MiB, %2 "
                             "iterations)")
                              .arg(info.kdf.memoryKiB / 1024)
                              .arg(info.kdf.iterations));
    m_backups->setText(tr("%n backup(s) in %1", nullptr, info.backupCount)
                           .arg(QDir::toNativeSeparators(reg.backups().directory())));
    m_contents->clear();
    const storage::RegisterSummary summary = storage::RegisterSummary::of(reg.database());
    const auto addRow = [&](const QString& part, qint64 count) {
        auto* item = new QTreeWidgetItem(m_contents, {part, locale.toString(count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    };
    for (const auto& part : summary.parts) {
        addRow(sectionName(part.kind), part.count);
    }
    addRow(tr("Audit trail entries"), summary.auditEntries);
}

} // namespace pr::gui
