#include "gui/editing/ObjectionDialog.h"

#include "gui/sections/DisplayText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pr::gui {

ObjectionDialog::ObjectionDialog(const core::SubProcessorNotice& notice, QDate today,
                                 QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_outcome(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("objectionDialog"));
    setWindowTitle(tr("Objection of the client"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The client may object until %1. The parties then look for a solution; without one, "
           "the client may end the service concerned (art. 9.2 of the agreement).")
            .arg(DisplayText::date(notice.objectionDeadline())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_date->setCalendarPopup(true);
    m_date->setDate(notice.hasObjection() ? notice.objectionDate : today);
    m_date->setAccessibleName(tr("Date of the objection"));
    form->addRow(tr("&Objected on:"), m_date);
    m_text->setPlainText(notice.objectionText);
    m_text->setAccessibleName(tr("Grounds of the objection"));
    m_text->setPlaceholderText(tr("The client's grounds, and what the parties agreed."));
    form->addRow(tr("&Grounds:"), m_text);
    for (const core::ObjectionOutcome outcome : core::enumValues<core::ObjectionOutcome>()) {
        m_outcome->addItem(core::enumLabel(outcome), static_cast<int>(outcome));
    }
    m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(notice.outcome)));
    m_outcome->setAccessibleName(tr("Outcome of the objection"));
    form->addRow(tr("O&utcome:"), m_outcome);
    layout->addLayout(form);

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("objectionProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDate ObjectionDialog::date() const
{
    return m_date->date();
}

QString ObjectionDialog::text() const
{
    return m_text->toPlainText();
}

core::ObjectionOutcome ObjectionDialog::outcome() const
{
    return static_cast<core::ObjectionOutcome>(m_outcome->currentData().toInt());
}

void ObjectionDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace pr::gui
