#pragma once

#include "core/workflow/BreachRiskAid.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pr::gui {

// "Assess the risk…" in the breach editor: the questions of core::BreachRiskAid, each yes, no
// or unknown (started from what the breach records), the risk level they point to with the
// reasons, and the level the user chooses. Another level than the proposed one needs a reason
// of the user's own; OK takes the level and a reasoning made of the reasons and that reason.
class BreachRiskDialog : public QDialog {
    Q_OBJECT

public:
    BreachRiskDialog(const core::Breach& breach, QWidget* parent = nullptr);

    // The answers as they stand, and the advice they give.
    core::BreachRiskAnswers answers() const;
    core::BreachRiskAdvice advice() const { return core::BreachRiskAid::advise(answers()); }

    // The level chosen and the reasoning to record with it (after OK).
    core::BreachRisk chosenRisk() const;
    QString reasoning() const;

    // For tests: the question combo for ANSWER, by its object name.
    QComboBox* question(const char* name) const;
    QComboBox* riskCombo() const { return m_risk; }
    QPlainTextEdit* overrideReason() const { return m_override; }
    bool canAccept() const;

private:
    void update();

    qint64 m_people = -1;
    bool m_processor = false; // a client's data: no advice on the AP
    QComboBox* m_personalData;
    QComboBox* m_unintelligible;
    QComboBox* m_sensitive;
    QComboBox* m_illIntent;
    QComboBox* m_harmUndone;
    QLabel* m_proposal;
    QLabel* m_reasons;
    QComboBox* m_risk;
    QPlainTextEdit* m_override;
    QDialogButtonBox* m_buttons;
};

} // namespace pr::gui
