#include "gui/settings/SettingsDialog.h"

#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "report/template/TemplateLibrary.h"
#include "ui_SettingsDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace pr::gui {

using core::Period;

namespace {
constexpr int kMaxIdleMinutes = 24 * 60;
constexpr int kMaxBackups = 100;
} // namespace

SettingsDialog::SettingsDialog(core::AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    m_ui->idleSpin->setRange(0, kMaxIdleMinutes);
    m_ui->idleSpin->setSuffix(tr(" min"));
    m_ui->idleSpin->setSpecialValueText(tr("Never"));
    m_ui->idleSpin->setValue(settings.idleLockMinutes());
    m_ui->backupSpin->setRange(0, kMaxBackups);
    m_ui->backupSpin->setValue(settings.backupCount());

    fillUnits(m_ui->promiseUnitCombo);
    fillUnits(m_ui->retentionUnitCombo);
    showPeriod(settings.promisedAnswerPeriod(), m_ui->promiseAmountSpin, m_ui->promiseUnitCombo);
    showPeriod(settings.requestRetentionPeriod(), m_ui->retentionAmountSpin,
               m_ui->retentionUnitCombo);
    connect(m_ui->promiseUnitCombo, &QComboBox::currentIndexChanged, this,
            [this] { limitAmount(m_ui->promiseAmountSpin, m_ui->promiseUnitCombo); });
    connect(m_ui->retentionUnitCombo, &QComboBox::currentIndexChanged, this,
            [this] { limitAmount(m_ui->retentionAmountSpin, m_ui->retentionUnitCombo); });

    // Each language in its own name: a user who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(settings.language())));

    const QString templates = report::TemplateLibrary::defaultUserFolder();
    m_ui->templatesFolderLabel->setText(QDir::toNativeSeparators(templates));
    connect(m_ui->openTemplatesButton, &QPushButton::clicked, this,
            &SettingsDialog::openTemplatesFolder);

    m_ui->noteLabel->setText(
        tr("The promised answer period must not be longer than the legal month: the overview "
           "always warns by the earlier of the two. A change of language applies when the "
           "program is started again."));
    m_ui->idleSpin->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillUnits(QComboBox* combo)
{
    combo->addItem(tr("days"), static_cast<int>(Period::Unit::Days));
    combo->addItem(tr("weeks"), static_cast<int>(Period::Unit::Weeks));
    combo->addItem(tr("months"), static_cast<int>(Period::Unit::Months));
}

void SettingsDialog::showPeriod(const Period& period, QSpinBox* amount, QComboBox* unit)
{
    unit->setCurrentIndex(unit->findData(static_cast<int>(period.unit)));
    limitAmount(amount, unit);
    amount->setValue(period.amount);
}

Period SettingsDialog::periodOf(const QSpinBox* amount, const QComboBox* unit)
{
    return Period{amount->value(), static_cast<Period::Unit>(unit->currentData().toInt())};
}

void SettingsDialog::limitAmount(QSpinBox* amount, const QComboBox* unit)
{
    // The limits of Period itself: what the spin box offers is what the settings accept.
    switch (static_cast<Period::Unit>(unit->currentData().toInt())) {
    case Period::Unit::Days:
        amount->setRange(1, Period::kMaxDays);
        break;
    case Period::Unit::Weeks:
        amount->setRange(1, Period::kMaxWeeks);
        break;
    case Period::Unit::Months:
        amount->setRange(1, Period::kMaxMonths);
        break;
    }
}

void SettingsDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}

void SettingsDialog::accept()
{
    const Period promise = periodOf(m_ui->promiseAmountSpin, m_ui->promiseUnitCombo);
    const Period retention = periodOf(m_ui->retentionAmountSpin, m_ui->retentionUnitCombo);
    if (!promise.isValid()) {
        showError(tr("The promised answer period is not valid: choose at least 1 and at most "
                     "three years."));
        m_ui->promiseAmountSpin->setFocus();
        return;
    }
    // The law gives one month (art. 12(3) AVG); a promise beyond it would never be the
    // deadline the firm works to, so it is refused rather than stored to mislead.
    if ((promise.unit == Period::Unit::Days && promise.amount > 31) ||
        (promise.unit == Period::Unit::Weeks && promise.amount > 4) ||
        (promise.unit == Period::Unit::Months && promise.amount > 1)) {
        showError(tr("The promised answer period cannot be longer than the legal month. "
                     "Choose at most 31 days, 4 weeks or 1 month."));
        m_ui->promiseAmountSpin->setFocus();
        return;
    }
    if (!retention.isValid()) {
        showError(tr("The retention period of closed requests is not valid: choose at least 1 "
                     "and at most three years."));
        m_ui->retentionAmountSpin->setFocus();
        return;
    }
    const QString language = m_ui->languageCombo->currentData().toString();
    m_promiseChanged = promise != m_settings.promisedAnswerPeriod();
    m_retentionChanged = retention != m_settings.requestRetentionPeriod();
    m_languageChanged = language != m_settings.language();
    m_settings.setIdleLockMinutes(m_ui->idleSpin->value());
    m_settings.setBackupCount(m_ui->backupSpin->value());
    m_settings.setPromisedAnswerPeriod(promise);
    m_settings.setRequestRetentionPeriod(retention);
    m_settings.setLanguage(language);
    m_settings.sync();
    QDialog::accept();
}

void SettingsDialog::openTemplatesFolder()
{
    const QString folder = report::TemplateLibrary::defaultUserFolder();
    // The folder exists only once a template was saved; opening it must not fail before.
    if (!QDir().mkpath(folder)) {
        showError(tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        showError(tr("No program was found to open the folder %1. Open it in your file "
                     "manager.")
                      .arg(QDir::toNativeSeparators(folder)));
    }
}

} // namespace pr::gui
