#pragma once

#include <QWidget>

class QVBoxLayout;

namespace pr::storage {
class Register;
}

namespace pr::gui {

class DetailPane;

// The Organisation section: the firm's profile and the register file, read-only for now.
class OrganisationView : public QWidget {
    Q_OBJECT

public:
    OrganisationView(const storage::Register& reg, QWidget* parent = nullptr);
    void reload();

    DetailPane* profilePane() const { return m_profile; }
    DetailPane* filePane() const { return m_file; }
    // Adds WIDGET below the two panes, such as the signing certificate (gui/signing).
    void addSection(QWidget* widget);

private:
    const storage::Register& m_register;
    DetailPane* m_profile;
    DetailPane* m_file;
    QVBoxLayout* m_layout;
};

} // namespace pr::gui
