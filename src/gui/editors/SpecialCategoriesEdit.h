#pragma once

#include "core/domain/Art9Exception.h"
#include "core/domain/SpecialCategory.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace pr::gui {

// The sensitive kinds of data of an activity: a check box per kind, for the eight of
// art. 9(1) the art. 9(2) exception that allows processing them, and per kind the provision
// of national law it also rests on, where one applies (art. 30 UAVG for sickness records).
class SpecialCategoriesEdit : public QWidget {
    Q_OBJECT

public:
    explicit SpecialCategoriesEdit(QWidget* parent = nullptr);

    core::SpecialCategories categories() const;
    QMap<core::SpecialCategory, core::Art9Exception> exceptions() const;
    void setValue(core::SpecialCategories categories,
                  const QMap<core::SpecialCategory, core::Art9Exception>& exceptions);

    QMap<core::SpecialCategory, QString> nationalGrounds() const;
    void setNationalGrounds(const QMap<core::SpecialCategory, QString>& grounds);

    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget* m_table;
    QMap<core::SpecialCategory, QComboBox*> m_exceptionCombos;
    QMap<core::SpecialCategory, QLineEdit*> m_groundEdits;
};

} // namespace pr::gui
