#pragma once

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace pr::storage {
class Register;
}

namespace pr::gui {

class DetailPane;

// The Organisation section: the firm's profile and the register file. The profile's "Edit…"
// button opens its editor (gui/editing/RecordEditing connects it).
class OrganisationView : public QWidget {
    Q_OBJECT

public:
    OrganisationView(const storage::Register& reg, QWidget* parent = nullptr);
    void reload();

    DetailPane* profilePane() const { return m_profile; }
    DetailPane* filePane() const { return m_file; }
    QPushButton* editButton() const { return m_edit; }
    // Adds WIDGET below the two panes, such as the signing certificate (gui/signing).
    void addSection(QWidget* widget);

private:
    const storage::Register& m_register;
    DetailPane* m_profile;
    DetailPane* m_file;
    QPushButton* m_edit;
    QVBoxLayout* m_layout;
};

} // namespace pr::gui
