#pragma once

#include <QList>
#include <QListWidget>

namespace pr::gui {

// Records of the register to tick, such as the clients an activity is done for: one check box
// per record, by name; Space ticks the current one. The order of the ticked ids is kept as
// loaded, new ones go at the end, so that an unchanged list compares equal.
class IdChecklist : public QListWidget {
    Q_OBJECT

public:
    explicit IdChecklist(QWidget* parent = nullptr);

    // Offers the records (id, name), in this order.
    void setChoices(const QList<QPair<qint64, QString>>& choices);
    QList<qint64> checkedIds() const;
    // Ticks IDS; an id without a choice is kept (and returned) as it is.
    void setCheckedIds(const QList<qint64>& ids);

private:
    QList<qint64> m_order;
};

} // namespace pr::gui
