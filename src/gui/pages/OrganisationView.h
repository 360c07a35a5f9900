#pragma once

#include <QWidget>

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

private:
    const storage::Register& m_register;
    DetailPane* m_profile;
    DetailPane* m_file;
};

} // namespace pr::gui
