#include "gui/editors/BreachRiskDialog.h"

#include "gui/editors/EnumCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr::gui {

namespace {

QComboBox* answerCombo(const char* name, std::optional<bool> start, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->addItem(BreachRiskDialog::tr("Not known yet"), QString());
    combo->addItem(BreachRiskDialog::tr("Yes"), QStringLiteral("yes"));
    combo->addItem(BreachRiskDialog::tr("No"), QStringLiteral("no"));
    combo->setCurrentIndex(!start ? 0 : (*start ? 1 : 2));
    return combo;
}

std::optional<bool> answerOf(const QComboBox* combo)
{
    const QString code = combo->currentData().toString();
    return code.isEmpty() ? std::nullopt : std::optional<bool>(code == QLatin1String("yes"));
}

} // namespace

BreachRiskDialog::BreachRiskDialog(const core::Breach& breach, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Assess the risk of the breach"));
    setObjectName(QStringLiteral("breachRiskDialog"));
    const core::BreachRiskAnswers start = core::BreachRiskAnswers::of(breach);
    m_people = start.people.value_or(-1);
    m_processor = start.processor;

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Answer what you know; leave the rest as not known yet. The "
                                "program proposes a risk level; you decide."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_personalData = answerCombo("personalData", std::nullopt, this);
    m_unintelligible = answerCombo("unintelligible", start.unintelligible, this);
    m_sensitive = answerCombo("sensitive", start.sensitive, this);
    m_illIntent = answerCombo("illIntent", std::nullopt, this);
    m_harmUndone = answerCombo("harmUndone", std::nullopt, this);
    const auto addQuestion = [this, form](const QString& text, QComboBox* combo) {
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setBuddy(combo);
        combo->setAccessibleName(text);
        form->addRow(label, combo);
    };
    addQuestion(tr("Were personal data involved?"), m_personalData);
    addQuestion(tr("Was the data encrypted, hashed or otherwise unreadable, with the key safe?"),
                m_unintelligible);
    addQuestion(tr("Is special or sensitive data involved (health, BSN, ID, financial, "
                   "children …)?"),
                m_sensitive);
    addQuestion(tr("Is the data, or may it be, with unknown people or people with ill intent?"),
                m_illIntent);
    addQuestion(tr("Was the harm undone (data retrieved, deleted by a trusted recipient, or "
                   "restored)?"),
                m_harmUndone);
    form->addRow(
        tr("How many people, at most:"),
        new QLabel(m_people < 0 ? tr("not known yet") : QLocale().toString(m_people), this));
    layout->addLayout(form);

    m_proposal = new QLabel(this);
    m_proposal->setObjectName(QStringLiteral("riskProposal"));
    QFont bold = m_proposal->font();
    bold.setBold(true);
    m_proposal->setFont(bold);
    layout->addWidget(m_proposal);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("riskReasons"));
    m_reasons->setWordWrap(true);
    layout->addWidget(m_reasons);

    auto* choice = new QFormLayout;
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("chosenRisk"));
    fillEnumCombo<core::BreachRisk>(m_risk);
    choice->addRow(tr("Your assessment:"), m_risk);
    m_override = new QPlainTextEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setTabChangesFocus(true);
    m_override->setMaximumHeight(60);
    m_override->setAccessibleName(tr("Why you assess it otherwise"));
    choice->addRow(tr("Why otherwise:"), m_override);
    layout->addLayout(choice);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QComboBox* combo :
         {m_personalData, m_unintelligible, m_sensitive, m_illIntent, m_harmUndone}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            // A new proposal becomes the choice; an override is made after the answers.
            setEnum(m_risk, std::optional(advice().risk));
            update();
        });
    }
    connect(m_risk, &QComboBox::currentIndexChanged, this, &BreachRiskDialog::update);
    connect(m_override, &QPlainTextEdit::textChanged, this, &BreachRiskDialog::update);
    setEnum(m_risk, std::optional(breach.risk.value_or(advice().risk)));
    update();
}

core::BreachRiskAnswers BreachRiskDialog::answers() const
{
    core::BreachRiskAnswers answers;
    answers.personalData = answerOf(m_personalData);
    answers.unintelligible = answerOf(m_unintelligible);
    answers.sensitive = answerOf(m_sensitive);
    answers.illIntent = answerOf(m_illIntent);
    answers.harmUndone = answerOf(m_harmUndone);
    if (m_people >= 0) {
        answers.people = m_people;
    }
    answers.processor = m_processor;
    return answers;
}

core::BreachRisk BreachRiskDialog::chosenRisk() const
{
    return enumOf<core::BreachRisk>(m_risk).value_or(advice().risk);
}

bool BreachRiskDialog::canAccept() const
{
    return chosenRisk() == advice().risk || !m_override->toPlainText().trimmed().isEmpty();
}

QString BreachRiskDialog::reasoning() const
{
    QStringList lines = advice().reasons;
    if (chosenRisk() != advice().risk) {
        lines << tr("Assessed as \"%1\" instead of the proposed \"%2\": %3")
                     .arg(core::enumLabel(chosenRisk()), core::enumLabel(advice().risk),
                          m_override->toPlainText().trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

QComboBox* BreachRiskDialog::question(const char* name) const
{
    return findChild<QComboBox*>(QString::fromLatin1(name));
}

void BreachRiskDialog::update()
{
    const core::BreachRiskAdvice current = advice();
    m_proposal->setText(current.personalDataBreach
                            ? tr("Proposed: %1").arg(core::enumLabel(current.risk))
                            : tr("Proposed: no personal data breach"));
    m_reasons->setText(current.reasons.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace pr::gui
