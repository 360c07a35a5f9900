#pragma once

#include "core/domain/EnglishText.h"
#include "usecases/english/EnglishTexts.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace pr::gui {

// "English texts…": the register's texts that the English DPA shows, each with its English
// version to fill in or change (usecases::EnglishTexts::rows). Texts without one are listed
// first and marked; a catalogue item shows the catalogue's English, which the user may
// replace. The dialog only collects the changes; the caller records them in one step.
class EnglishTextsDialog : public QDialog {
    Q_OBJECT

public:
    EnglishTextsDialog(QList<usecases::EnglishTextRow> rows, QWidget* parent = nullptr);

    // What the user changed: the Dutch text with its new English (empty = remove the recorded
    // version), for usecases::EnglishTexts::withEnglish().
    QList<core::EnglishText> changes() const;

private:
    void fill();
    void applyFilter();
    void updateSummary();

    QList<usecases::EnglishTextRow> m_rows;
    QTableWidget* m_table;
    QCheckBox* m_missingOnly;
    QLabel* m_summary;
};

} // namespace pr::gui
