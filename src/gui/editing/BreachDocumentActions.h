#pragma once

#include "core/domain/Breach.h"
#include "report/DocumentKind.h"

#include <QObject>

#include <optional>

class QPushButton;
class QWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class RegisterEditor;
class SectionPages;

// The documents of the data breach in view, from its details: the notification to the AP and
// the letter to the people affected for a breach of the firm's own data, the notification to the
// client for a breach of a client's data (report::BreachNotificationModel decides what fits; the
// buttons follow the same role). Each asks where to save the PDF. Reading only: also offered
// in a read-only register.
class BreachDocumentActions : public QObject {
    Q_OBJECT

public:
    BreachDocumentActions(RegisterEditor& editor, SectionPages& pages, const core::Clock& clock,
                          QWidget* window);

    // The button of KIND (a breach notification) in the breach's details.
    QPushButton* button(report::DocumentKind kind) const;

    // Renders KIND of the selected breach as PDF to PATH (what the buttons do after asking);
    // the reason when it could not, empty on success.
    QString saveTo(report::DocumentKind kind, const QString& path) const;

    void updateButtons();

private:
    std::optional<core::Breach> current() const;
    void chooseAndSave(report::DocumentKind kind);

    RegisterEditor& m_editor;
    SectionPages& m_pages;
    const core::Clock& m_clock;
    QWidget* m_window;
    QList<std::pair<report::DocumentKind, QPushButton*>> m_buttons;
};

} // namespace pr::gui
