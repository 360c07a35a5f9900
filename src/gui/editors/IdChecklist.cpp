#include "gui/editors/IdChecklist.h"

namespace pr::gui {

IdChecklist::IdChecklist(QWidget* parent)
    : QListWidget(parent)
{
    setMaximumHeight(110);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked && !m_order.contains(id)) {
            m_order << id;
        } else if (item->checkState() != Qt::Checked) {
            m_order.removeAll(id);
        }
    });
}

void IdChecklist::setChoices(const QList<QPair<qint64, QString>>& choices)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const auto& [id, name] : choices) {
        auto* item = new QListWidgetItem(name, this);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_order.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> IdChecklist::checkedIds() const
{
    return m_order;
}

void IdChecklist::setCheckedIds(const QList<qint64>& ids)
{
    m_order = ids;
    const QSignalBlocker blocker(this);
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        entry->setCheckState(ids.contains(entry->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

} // namespace pr::gui
