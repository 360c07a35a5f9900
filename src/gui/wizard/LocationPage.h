#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace pr::gui {

// Where the new register goes. The page is complete for a path in a writable folder where no
// file of that name exists yet; the .prreg suffix is added when missing.
class LocationPage : public QWizardPage {
    Q_OBJECT

public:
    explicit LocationPage(QWidget* parent = nullptr);
    QString path() const;
    bool isComplete() const override;

private:
    QString problem() const;
    void browse();

    QLineEdit* m_path;
    QLabel* m_problem;
};

} // namespace pr::gui
