#include "gui/editors/BreachEditor.h"

#include "gui/editors/ActivityChoices.h"
#include "gui/editors/BreachRiskDialog.h"
#include "gui/editors/EnumChecklist.h"
#include "gui/editors/EnumCombo.h"
#include "gui/editors/PickChoices.h"
#include "storage/repositories/ClientRepository.h"
#include "ui_BreachEditor.h"

#include <algorithm>

namespace pr::gui {

using core::Breach;

namespace {

core::Breach newBreach(const QDateTime& now)
{
    core::Breach breach;
    // To the minute, as the field shows it.
    breach.discoveredAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60);
    return breach;
}

// A yes/no question that may be undecided: "(not decided yet)", "Yes", "No".
void fillDecision(QComboBox* combo)
{
    combo->addItem(BreachEditor::tr("(not decided yet)"), QString());
    combo->addItem(BreachEditor::tr("Yes"), QStringLiteral("yes"));
    combo->addItem(BreachEditor::tr("No"), QStringLiteral("no"));
}

std::optional<bool> decisionOf(const QComboBox* combo)
{
    const QString code = combo->currentData().toString();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    return code == QLatin1String("yes");
}

void setDecision(QComboBox* combo, std::optional<bool> decision)
{
    combo->setCurrentIndex(!decision ? 0 : (*decision ? 1 : 2));
}

// The largest count the fields show (a QSpinBox holds an int); -1 shows as "unknown".
constexpr qint64 kMaxShownCount = 2000000000;

int shownCount(std::optional<qint64> count)
{
    return static_cast<int>(std::clamp<qint64>(count.value_or(-1), -1, kMaxShownCount));
}

std::optional<qint64> countOf(const QSpinBox* spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<qint64>(spin->value());
}

} // namespace

BreachEditor::BreachEditor(const storage::SqliteDatabase& db, const std::optional<Breach>& record,
                           const QDateTime& now, QWidget* parent)
    : RecordEditorOf(core::EntityKind::Breach, record.value_or(newBreach(now)), !record.has_value(),
                     parent)
    , m_ui(std::make_unique<Ui::BreachEditor>())
{
    m_ui->setupUi(this);
    fillDecision(m_ui->apNotifiedCombo);
    fillDecision(m_ui->subjectsInformedCombo);
    fillDecision(m_ui->unintelligibleCombo);
    m_ui->unintelligibleCombo->setItemText(0, tr("(not known yet)"));
    fillEnumChecklist<core::BreachNature>(m_ui->naturesList);
    fillEnumChecklist<core::SpecialCategory>(m_ui->specialCategoriesList);
    fillEnumCombo<core::BreachRisk>(m_ui->riskCombo, tr("(not assessed yet)"));
    fillEnumCombo<core::NotInformedGround>(m_ui->subjectsNotInformedGroundCombo, tr("(none)"));
    m_ui->subjectsInformedDateEdit->setSuggestedDate(now.date());
    m_ui->clientNotifiedAtEdit->setSuggested(now);
    m_ui->apNotificationsEdit->setSuggestedMoment(now);
    m_ui->dataCategoriesEdit->setListName(tr("Data categories"));
    m_ui->dataSubjectsEdit->setListName(tr("Data subject categories"));

    // What activities and other breaches use, and the catalogues.
    const ActivityChoices activityChoices = ActivityChoices::of(db);
    QStringList categories = activityChoices.dataCategories;
    QStringList subjects = activityChoices.dataSubjects;
    for (const Breach& breach : storage::BreachRepository::all(db)) {
        categories << breach.dataCategories;
        subjects << breach.dataSubjectCategories;
    }
    m_ui->dataCategoriesEdit->setChoices(pickChoices(categories));
    m_ui->dataSubjectsEdit->setChoices(pickChoices(subjects));
    m_ui->clientCombo->addItem(tr("(own processing)"), qint64{0});
    for (const auto& [id, name] : activityChoices.clients) {
        m_ui->clientCombo->addItem(name, id);
    }

    const Breach& start = loaded();
    m_ui->referenceEdit->setText(start.reference);
    m_ui->internalReporterEdit->setText(start.internalReporter);
    m_ui->apContactPersonEdit->setText(start.apContactPerson);
    m_ui->discoveredAtEdit->setValue(start.discoveredAt);
    m_ui->startedAtEdit->setValue(start.startedAt);
    m_ui->endedAtEdit->setValue(start.endedAt);
    m_ui->ongoingCheck->setChecked(start.ongoing);
    setCheckedEnums(m_ui->naturesList, start.natures);
    m_ui->descriptionEdit->setPlainText(start.description);
    m_ui->causeEdit->setPlainText(start.cause);
    m_ui->dataCategoriesEdit->setItems(start.dataCategories);
    QList<core::SpecialCategory> special;
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (start.specialCategories.testFlag(category)) {
            special << category;
        }
    }
    setCheckedEnums(m_ui->specialCategoriesList, special);
    m_ui->dataSubjectsEdit->setItems(start.dataSubjectCategories);
    // Counts beyond the field's range are kept as they are (countOf would cut them).
    m_ui->subjectCountSpin->setValue(shownCount(start.approxSubjectCount));
    m_ui->maxSubjectCountSpin->setValue(shownCount(start.maxSubjectCount));
    m_ui->recordCountSpin->setValue(shownCount(start.approxRecordCount));
    m_ui->maxRecordCountSpin->setValue(shownCount(start.maxRecordCount));
    setDecision(m_ui->unintelligibleCombo, start.unintelligible);
    m_ui->protectionEdit->setText(start.protection);
    m_ui->confidentialityCheck->setChecked(start.confidentialityLost);
    m_ui->integrityCheck->setChecked(start.integrityLost);
    m_ui->availabilityCheck->setChecked(start.availabilityLost);
    m_ui->consequencesEdit->setPlainText(start.likelyConsequences);
    m_ui->measuresTakenEdit->setPlainText(start.measuresTaken);
    m_ui->measuresPlannedEdit->setPlainText(start.measuresPlanned);
    setEnum(m_ui->riskCombo, start.risk);
    m_ui->riskReasoningEdit->setPlainText(start.riskReasoning);
    m_ui->otherEuCountriesCheck->setChecked(start.otherEuCountries);
    m_ui->otherEuCountriesDetailEdit->setText(start.otherEuCountriesDetail);
    m_ui->otherAuthoritiesEdit->setText(start.otherAuthorities);
    setDecision(m_ui->apNotifiedCombo, start.apNotified);
    m_ui->apNotNotifiedReasonEdit->setText(start.apNotNotifiedReason);
    m_ui->apReferenceEdit->setText(start.apReference);
    m_ui->apNotificationsEdit->setNotifications(start.apNotifications);
    setDecision(m_ui->subjectsInformedCombo, start.subjectsInformed);
    m_ui->subjectsInformedDateEdit->setValue(start.subjectsInformedDate);
    m_ui->subjectsInformedHowEdit->setText(start.subjectsInformedHow);
    setEnum(m_ui->subjectsNotInformedGroundCombo, start.subjectsNotInformedGround);
    m_ui->subjectsNotInformedReasonEdit->setText(start.subjectsNotInformedReason);
    const int client = m_ui->clientCombo->findData(start.clientId);
    if (client < 0) {
        m_ui->clientCombo->addItem(tr("(client %1)").arg(start.clientId), start.clientId);
    }
    m_ui->clientCombo->setCurrentIndex(client >= 0 ? client : m_ui->clientCombo->count() - 1);
    m_ui->clientNotifiedAtEdit->setValue(start.clientNotifiedAt);

    FieldIssues& issues = fieldIssues();
    QFormLayout* form = m_ui->form;
    issues.add(form, m_ui->discoveredAtEdit, QStringLiteral("discoveredAt"), tr("discovered at"));
    issues.add(form, m_ui->startedAtEdit, QStringLiteral("startedAt"), tr("started at"));
    issues.add(form, m_ui->endedAtEdit, QStringLiteral("endedAt"), tr("ended at"));
    issues.add(form, m_ui->descriptionEdit, QStringLiteral("description"), tr("description"));
    issues.add(form, m_ui->dataCategoriesEdit, QStringLiteral("dataCategories"),
               tr("data categories"));
    issues.add(form, m_ui->dataSubjectsEdit, QStringLiteral("dataSubjectCategories"),
               tr("data subjects"));
    issues.add(form, m_ui->subjectCountSpin, QStringLiteral("approxSubjectCount"),
               tr("number of people"));
    issues.add(form, m_ui->maxSubjectCountSpin, QStringLiteral("maxSubjectCount"),
               tr("people, at most"));
    issues.add(form, m_ui->recordCountSpin, QStringLiteral("approxRecordCount"),
               tr("number of records"));
    issues.add(form, m_ui->maxRecordCountSpin, QStringLiteral("maxRecordCount"),
               tr("records, at most"));
    issues.add(form, m_ui->protectionEdit, QStringLiteral("protection"), tr("how protected"));
    issues.add(form, m_ui->riskReasoningEdit, QStringLiteral("riskReasoning"), tr("why that risk"));
    issues.add(form, m_ui->apNotNotifiedReasonEdit, QStringLiteral("apNotNotifiedReason"),
               tr("why not reported"));
    issues.add(form, m_ui->apNotificationsEdit, QStringLiteral("apNotifications"),
               tr("reports to the AP"));
    issues.add(form, m_ui->subjectsInformedDateEdit, QStringLiteral("subjectsInformedDate"),
               tr("people informed on"));
    issues.add(form, m_ui->subjectsNotInformedReasonEdit,
               QStringLiteral("subjectsNotInformedReason"), tr("why not informed"));
    issues.add(form, m_ui->subjectsNotInformedGroundCombo,
               QStringLiteral("subjectsNotInformedGround"), tr("ground for not informing"));
    issues.add(form, m_ui->clientNotifiedAtEdit, QStringLiteral("clientNotifiedAt"),
               tr("client notified at"));
    // Every field of the form marks the record as changed.
    const QList<QWidget*> fields{m_ui->referenceEdit,
                                 m_ui->internalReporterEdit,
                                 m_ui->apContactPersonEdit,
                                 m_ui->discoveredAtEdit,
                                 m_ui->startedAtEdit,
                                 m_ui->endedAtEdit,
                                 m_ui->ongoingCheck,
                                 m_ui->naturesList,
                                 m_ui->descriptionEdit,
                                 m_ui->causeEdit,
                                 m_ui->dataCategoriesEdit,
                                 m_ui->specialCategoriesList,
                                 m_ui->dataSubjectsEdit,
                                 m_ui->subjectCountSpin,
                                 m_ui->maxSubjectCountSpin,
                                 m_ui->recordCountSpin,
                                 m_ui->maxRecordCountSpin,
                                 m_ui->unintelligibleCombo,
                                 m_ui->protectionEdit,
                                 m_ui->confidentialityCheck,
                                 m_ui->integrityCheck,
                                 m_ui->availabilityCheck,
                                 m_ui->consequencesEdit,
                                 m_ui->measuresTakenEdit,
                                 m_ui->measuresPlannedEdit,
                                 m_ui->riskCombo,
                                 m_ui->riskReasoningEdit,
                                 m_ui->otherEuCountriesCheck,
                                 m_ui->otherEuCountriesDetailEdit,
                                 m_ui->otherAuthoritiesEdit,
                                 m_ui->apNotifiedCombo,
                                 m_ui->apNotNotifiedReasonEdit,
                                 m_ui->apReferenceEdit,
                                 m_ui->subjectsInformedCombo,
                                 m_ui->subjectsInformedDateEdit,
                                 m_ui->subjectsInformedHowEdit,
                                 m_ui->subjectsNotInformedGroundCombo,
                                 m_ui->subjectsNotInformedReasonEdit,
                                 m_ui->clientCombo,
                                 m_ui->clientNotifiedAtEdit};
    for (QWidget* widget : fields) {
        watch(widget);
    }
    connect(m_ui->apNotificationsEdit, &NotificationsEdit::changed, this, &RecordEditor::changed);
    connect(m_ui->riskAidButton, &QPushButton::clicked, this, &BreachEditor::assessRisk);
    connect(this, &RecordEditor::changed, this, &BreachEditor::updateEnabled);
    updateEnabled();
}

BreachEditor::~BreachEditor() = default;

QString BreachEditor::dialogTitle() const
{
    return isNew() ? tr("New data breach") : tr("Edit data breach");
}

QString BreachEditor::nameOf(const Breach& record) const
{
    return record.reference.isEmpty() ? tr("data breach") : record.reference;
}

BreachRiskDialog* BreachEditor::assessRisk()
{
    // Not exec(): tests fill the dialog in, and the form stays as it was until OK.
    auto* dialog = new BreachRiskDialog(value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setEnum(m_ui->riskCombo, std::optional(dialog->chosenRisk()));
        m_ui->riskReasoningEdit->setPlainText(dialog->reasoning());
    });
    dialog->open();
    return dialog;
}

void BreachEditor::updateEnabled()
{
    const auto reported = decisionOf(m_ui->apNotifiedCombo);
    m_ui->apNotificationsEdit->setEnabled(reported != false ||
                                          !m_ui->apNotificationsEdit->notifications().isEmpty());
    const auto informed = decisionOf(m_ui->subjectsInformedCombo);
    m_ui->subjectsInformedDateEdit->setEnabled(informed == true ||
                                               m_ui->subjectsInformedDateEdit->value().isValid());
}

Breach BreachEditor::value() const
{
    Breach value = loaded();
    value.reference = m_ui->referenceEdit->text();
    value.internalReporter = m_ui->internalReporterEdit->text();
    value.apContactPerson = m_ui->apContactPersonEdit->text();
    value.discoveredAt = m_ui->discoveredAtEdit->value();
    value.startedAt = m_ui->startedAtEdit->value();
    value.endedAt = m_ui->endedAtEdit->value();
    value.ongoing = m_ui->ongoingCheck->isChecked();
    value.natures = checkedEnums<core::BreachNature>(m_ui->naturesList);
    value.description = m_ui->descriptionEdit->toPlainText();
    value.cause = m_ui->causeEdit->toPlainText();
    value.dataCategories = m_ui->dataCategoriesEdit->items();
    value.specialCategories = {};
    for (const core::SpecialCategory category :
         checkedEnums<core::SpecialCategory>(m_ui->specialCategoriesList)) {
        value.specialCategories.setFlag(category);
    }
    value.dataSubjectCategories = m_ui->dataSubjectsEdit->items();
    // A count the field could not show stays as it was while the field is untouched.
    const auto count = [](const QSpinBox* spin, std::optional<qint64> was) {
        const auto shown = countOf(spin);
        const bool untouched = was && shown && *shown == shownCount(was);
        return untouched ? was : shown;
    };
    value.approxSubjectCount = count(m_ui->subjectCountSpin, loaded().approxSubjectCount);
    value.maxSubjectCount = count(m_ui->maxSubjectCountSpin, loaded().maxSubjectCount);
    value.approxRecordCount = count(m_ui->recordCountSpin, loaded().approxRecordCount);
    value.maxRecordCount = count(m_ui->maxRecordCountSpin, loaded().maxRecordCount);
    value.unintelligible = decisionOf(m_ui->unintelligibleCombo);
    value.protection = m_ui->protectionEdit->text();
    value.confidentialityLost = m_ui->confidentialityCheck->isChecked();
    value.integrityLost = m_ui->integrityCheck->isChecked();
    value.availabilityLost = m_ui->availabilityCheck->isChecked();
    value.likelyConsequences = m_ui->consequencesEdit->toPlainText();
    value.measuresTaken = m_ui->measuresTakenEdit->toPlainText();
    value.measuresPlanned = m_ui->measuresPlannedEdit->toPlainText();
    value.risk = enumOf<core::BreachRisk>(m_ui->riskCombo);
    value.riskReasoning = m_ui->riskReasoningEdit->toPlainText();
    value.otherEuCountries = m_ui->otherEuCountriesCheck->isChecked();
    value.otherEuCountriesDetail = m_ui->otherEuCountriesDetailEdit->text();
    value.otherAuthorities = m_ui->otherAuthoritiesEdit->text();
    value.apNotified = decisionOf(m_ui->apNotifiedCombo);
    value.apNotNotifiedReason = m_ui->apNotNotifiedReasonEdit->text();
    value.apReference = m_ui->apReferenceEdit->text();
    value.apNotifications = m_ui->apNotificationsEdit->notifications();
    value.subjectsInformed = decisionOf(m_ui->subjectsInformedCombo);
    value.subjectsInformedDate = m_ui->subjectsInformedDateEdit->value();
    value.subjectsInformedHow = m_ui->subjectsInformedHowEdit->text();
    value.subjectsNotInformedGround =
        enumOf<core::NotInformedGround>(m_ui->subjectsNotInformedGroundCombo);
    value.subjectsNotInformedReason = m_ui->subjectsNotInformedReasonEdit->text();
    value.clientId = m_ui->clientCombo->currentData().toLongLong();
    value.clientNotifiedAt = m_ui->clientNotifiedAtEdit->value();
    return value;
}

} // namespace pr::gui
