#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace pr::storage {
class Register;
}

namespace pr::gui {

// What the open register is: the organisation, the file, how it is protected, its backups
// and how many records each part holds.
class RegisterOverview : public QWidget {
    Q_OBJECT

public:
    explicit RegisterOverview(QWidget* parent = nullptr);
    void show(const storage::Register& reg);

private:
    QLabel* m_organisation;
    QLabel* m_file;
    QLabel* m_access;
    QLabel* m_protection;
    QLabel* m_backups;
    QTreeWidget* m_contents;
};

} // namespace pr::gui
