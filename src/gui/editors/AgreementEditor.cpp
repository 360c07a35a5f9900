#include "gui/editors/AgreementEditor.h"

#include "core/domain/validation/AgreementActivitiesValidation.h"
#include "gui/sections/DisplayText.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "ui_AgreementEditor.h"

#include <cmath>

namespace pr::gui {

using core::Agreement;

namespace {

Agreement newAgreement(QDate today)
{
    Agreement agreement;
    agreement.version = QStringLiteral("1.0");
    agreement.startDate = today;
    return agreement;
}

// An optional amount in a spin box whose -1 means "none", in cents.
std::optional<qint64> centsOf(const QDoubleSpinBox* spin)
{
    const double amount = spin->value();
    return amount < 0 ? std::nullopt : std::optional<qint64>(std::llround(amount * 100));
}

void showCents(QDoubleSpinBox* spin, const std::optional<qint64>& cents)
{
    spin->setValue(cents ? static_cast<double>(*cents) / 100 : -1.0);
}

// An optional number of months in a spin box whose 0 means "none".
std::optional<int> monthsOf(const QSpinBox* spin)
{
    return spin->value() == 0 ? std::nullopt : std::optional(spin->value());
}

} // namespace

AgreementEditor::AgreementEditor(const storage::SqliteDatabase& db,
                                 const std::optional<Agreement>& record, QDate today,
                                 QWidget* parent)
    : RecordEditorOf(core::EntityKind::Agreement, record.value_or(newAgreement(today)),
                     !record.has_value(), parent)
    , m_ui(std::make_unique<Ui::AgreementEditor>())
{
    m_ui->setupUi(this);
    m_ui->startDateEdit->setSuggestedDate(today);
    m_ui->mainAgreementDateEdit->setSuggestedDate(today);
    m_ui->endDateEdit->setSuggestedDate(today);
    m_ui->clientCombo->addItem(tr("(choose the client)"), qint64{0});
    for (const core::Client& client : storage::ClientRepository::all(db)) {
        m_ui->clientCombo->addItem(client.legalName, client.id);
        m_clientNames.insert(client.id, client.legalName);
    }
    m_activities = storage::ActivityRepository::all(db);

    const Agreement& start = loaded();
    const int client = m_ui->clientCombo->findData(start.clientId);
    m_ui->clientCombo->setCurrentIndex(std::max(client, 0));
    m_ui->versionEdit->setText(start.version);
    m_ui->mainAgreementNameEdit->setText(start.mainAgreementName);
    m_ui->mainAgreementDateEdit->setValue(start.mainAgreementDate);
    m_ui->startDateEdit->setValue(start.startDate);
    m_ui->durationSpin->setValue(start.durationMonths.value_or(0));
    m_ui->endDateEdit->setValue(start.endDate);
    m_ui->breachHoursSpin->setValue(start.breachNotificationHours);
    m_ui->auditIntervalSpin->setValue(start.auditIntervalMonths.value_or(0));
    showCents(m_ui->liabilityPerEventSpin, start.liabilityCap.perEventCents);
    showCents(m_ui->liabilityPerYearSpin, start.liabilityCap.perYearCents);
    showCents(m_ui->insuranceCoverSpin, start.insuranceCoverCents);
    m_ui->liabilityCurrencyEdit->setText(start.liabilityCap.currency);
    m_ui->liabilityFormerTextEdit->setText(start.liabilityCap.formerText);
    // Only an agreement from an older register has a cap in words; a new one never needs it.
    const bool hasFormerText = !start.liabilityCap.formerText.isEmpty();
    m_ui->liabilityFormerTextEdit->setVisible(hasFormerText);
    m_ui->liabilityFormerTextEditLabel->setVisible(hasFormerText);
    m_ui->changeNoticeSpin->setValue(start.changeNoticeDays);
    m_ui->locationEdit->setText(start.processingLocation);
    m_ui->returnDaysSpin->setValue(start.returnDeletionDays);
    m_ui->activityList->setCheckedIds(start.activityIds);
    offerActivities();
    m_ui->firmNameEdit->setText(start.firmSignatory.name);
    m_ui->firmFunctionEdit->setText(start.firmSignatory.function);
    m_ui->firmPlaceEdit->setText(start.firmSignatory.place);
    m_ui->clientNameEdit->setText(start.clientSignatory.name);
    m_ui->clientFunctionEdit->setText(start.clientSignatory.function);
    m_ui->clientPlaceEdit->setText(start.clientSignatory.place);
    QString state = core::enumLabel(start.signingState);
    if (start.sentDate.isValid()) {
        state += u' ' + tr("(sent on %1)").arg(DisplayText::date(start.sentDate));
    }
    m_ui->signingStateLabel->setText(state);

    FieldIssues& issues = fieldIssues();
    QFormLayout* form = m_ui->form;
    issues.add(form, m_ui->clientCombo, QStringLiteral("clientId"), tr("client"));
    issues.add(form, m_ui->versionEdit, QStringLiteral("version"), tr("version"));
    issues.add(form, m_ui->mainAgreementNameEdit, QStringLiteral("mainAgreementName"),
               tr("main agreement"));
    issues.add(form, m_ui->mainAgreementDateEdit, QStringLiteral("mainAgreementDate"),
               tr("main agreement's date"));
    issues.add(form, m_ui->startDateEdit, QStringLiteral("startDate"), tr("start"));
    issues.add(form, m_ui->durationSpin, QStringLiteral("durationMonths"), tr("duration"));
    issues.add(form, m_ui->endDateEdit, QStringLiteral("endDate"), tr("end"));
    issues.add(form, m_ui->breachHoursSpin, QStringLiteral("breachNotificationHours"),
               tr("breach notice"));
    issues.add(form, m_ui->auditIntervalSpin, QStringLiteral("auditIntervalMonths"),
               tr("audit interval"));
    issues.add(form, m_ui->liabilityPerEventSpin, QStringLiteral("liabilityCap.perEventCents"),
               tr("cap per event"));
    issues.add(form, m_ui->liabilityPerYearSpin, QStringLiteral("liabilityCap.perYearCents"),
               tr("cap per year"));
    issues.add(form, m_ui->liabilityCurrencyEdit, QStringLiteral("liabilityCap.currency"),
               tr("currency"));
    issues.add(form, m_ui->liabilityFormerTextEdit, QStringLiteral("liabilityCap.formerText"),
               tr("cap in words"));
    issues.add(form, m_ui->insuranceCoverSpin, QStringLiteral("insuranceCoverCents"),
               tr("insurance cover"));
    issues.add(form, m_ui->changeNoticeSpin, QStringLiteral("changeNoticeDays"),
               tr("notice of changes"));
    issues.add(form, m_ui->returnDaysSpin, QStringLiteral("returnDeletionDays"),
               tr("return or delete"));
    issues.add(form, m_ui->activityList, QStringLiteral("activityIds"), tr("activities"));
    issues.add(form, m_ui->firmPlaceEdit, QStringLiteral("firmSignatory"), tr("firm's signatory"));
    issues.add(form, m_ui->clientPlaceEdit, QStringLiteral("clientSignatory"),
               tr("client's signatory"));
    issues.add(form, m_ui->signingStateLabel, QStringLiteral("signingState"), tr("signing"));
    for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->clientCombo,
                                                           m_ui->versionEdit,
                                                           m_ui->mainAgreementNameEdit,
                                                           m_ui->mainAgreementDateEdit,
                                                           m_ui->startDateEdit,
                                                           m_ui->durationSpin,
                                                           m_ui->endDateEdit,
                                                           m_ui->breachHoursSpin,
                                                           m_ui->auditIntervalSpin,
                                                           m_ui->liabilityCurrencyEdit,
                                                           m_ui->liabilityFormerTextEdit,
                                                           m_ui->changeNoticeSpin,
                                                           m_ui->locationEdit,
                                                           m_ui->returnDaysSpin,
                                                           m_ui->activityList,
                                                           m_ui->firmNameEdit,
                                                           m_ui->firmFunctionEdit,
                                                           m_ui->firmPlaceEdit,
                                                           m_ui->clientNameEdit,
                                                           m_ui->clientFunctionEdit,
                                                           m_ui->clientPlaceEdit}) {
        watch(widget);
    }
    for (QDoubleSpinBox* spin :
         {m_ui->liabilityPerEventSpin, m_ui->liabilityPerYearSpin, m_ui->insuranceCoverSpin}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RecordEditor::changed);
    }
    connect(m_ui->clientCombo, &QComboBox::currentIndexChanged, this,
            &AgreementEditor::offerActivities);
}

void AgreementEditor::offerActivities()
{
    // Only what the firm does for this client as processor is offered. What the agreement
    // lists and may not (a register made before the rule, or another client chosen) stays
    // ticked and marked, so that the user sees it and unticks it; validation says why.
    const qint64 client = m_ui->clientCombo->currentData().toLongLong();
    const QList<qint64> ticked = m_ui->activityList->checkedIds();
    QList<QPair<qint64, QString>> choices;
    for (const core::ProcessingActivity& activity : m_activities) {
        const bool allowed = core::whyNotInAgreement(activity, client).isEmpty();
        if (allowed) {
            choices.append({activity.id, activity.name});
        } else if (ticked.contains(activity.id)) {
            choices.append({activity.id, tr("%1 (not allowed here)").arg(activity.name)});
        }
    }
    m_ui->activityList->setChoices(choices);
}

QList<core::ValidationIssue> AgreementEditor::issues() const
{
    const Agreement edited = value();
    QList<core::ValidationIssue> all = validate(edited);
    // The rule of the use case that saves it (usecases::RegisterRules), shown while editing.
    if (edited.signingState != core::SigningState::Terminated) {
        all += core::validateActivities(edited, m_activities);
    }
    return all;
}

AgreementEditor::~AgreementEditor() = default;

QString AgreementEditor::dialogTitle() const
{
    return isNew() ? tr("New processing agreement") : tr("Edit processing agreement");
}

QString AgreementEditor::nameOf(const Agreement& record) const
{
    // As storage names an agreement (RecordSnapshot does the same).
    return QCoreApplication::translate("Storage", "%1, version %2")
        .arg(m_clientNames.value(record.clientId), record.version);
}

Agreement AgreementEditor::value() const
{
    Agreement value = loaded();
    value.clientId = m_ui->clientCombo->currentData().toLongLong();
    value.version = m_ui->versionEdit->text();
    value.mainAgreementName = m_ui->mainAgreementNameEdit->text();
    value.mainAgreementDate = m_ui->mainAgreementDateEdit->value();
    value.startDate = m_ui->startDateEdit->value();
    value.durationMonths = monthsOf(m_ui->durationSpin);
    value.endDate = m_ui->endDateEdit->value();
    value.breachNotificationHours = m_ui->breachHoursSpin->value();
    value.auditIntervalMonths = monthsOf(m_ui->auditIntervalSpin);
    value.liabilityCap.perEventCents = centsOf(m_ui->liabilityPerEventSpin);
    value.liabilityCap.perYearCents = centsOf(m_ui->liabilityPerYearSpin);
    value.insuranceCoverCents = centsOf(m_ui->insuranceCoverSpin);
    value.liabilityCap.currency = m_ui->liabilityCurrencyEdit->text();
    value.liabilityCap.formerText = m_ui->liabilityFormerTextEdit->text();
    value.changeNoticeDays = m_ui->changeNoticeSpin->value();
    value.processingLocation = m_ui->locationEdit->text();
    value.returnDeletionDays = m_ui->returnDaysSpin->value();
    value.activityIds = m_ui->activityList->checkedIds();
    value.firmSignatory.name = m_ui->firmNameEdit->text();
    value.firmSignatory.function = m_ui->firmFunctionEdit->text();
    value.firmSignatory.place = m_ui->firmPlaceEdit->text();
    value.clientSignatory.name = m_ui->clientNameEdit->text();
    value.clientSignatory.function = m_ui->clientFunctionEdit->text();
    value.clientSignatory.place = m_ui->clientPlaceEdit->text();
    return value;
}

} // namespace pr::gui
