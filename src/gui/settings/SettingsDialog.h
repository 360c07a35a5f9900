#pragma once

#include "core/calendar/Period.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

namespace pr::core {
class AppSettings;
}

namespace pr::gui {

// Edit > Settings…: the program's settings (core::AppSettings): the idle time before the
// register locks, the number of backups, the answer period the firm promises, how long closed
// requests keep the requester's data, the language, and where the user's own templates live.
// OK checks every value and stores them; what changed is then applied by DesktopController.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(core::AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // After Accepted: whether the language was changed (it applies after a restart).
    bool languageChanged() const { return m_languageChanged; }
    // After Accepted: whether the promised answer period was changed.
    bool promiseChanged() const { return m_promiseChanged; }
    // After Accepted: whether the retention period of closed requests was changed.
    bool retentionChanged() const { return m_retentionChanged; }

    void accept() override;

private:
    void fillUnits(QComboBox* combo);
    static void showPeriod(const core::Period& period, QSpinBox* amount, QComboBox* unit);
    static core::Period periodOf(const QSpinBox* amount, const QComboBox* unit);
    static void limitAmount(QSpinBox* amount, const QComboBox* unit);
    void showError(const QString& message);
    void openTemplatesFolder();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    core::AppSettings& m_settings;
    bool m_languageChanged = false;
    bool m_promiseChanged = false;
    bool m_retentionChanged = false;
};

} // namespace pr::gui
