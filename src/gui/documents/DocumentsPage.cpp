#include "gui/documents/DocumentsPage.h"

#include "gui/documents/DocumentChoices.h"
#include "gui/documents/DocumentPreview.h"
#include "gui/documents/DpaChoice.h"
#include "gui/documents/PdfPrinting.h"
#include "gui/documents/SignedAgreementBar.h"
#include "gui/documents/TemplateEditing.h"
#include "gui/documents/TemplateEditor.h"
#include "gui/editors/EnumCombo.h"
#include "report/DocumentRenderer.h"
#include "report/model/LetterEligibility.h"
#include "report/template/TemplateError.h"
#include "storage/ByteView.h"
#include "storage/Register.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "ui_DocumentsPage.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

namespace pr::gui {

using report::DocumentFormat;
using report::DocumentKind;

namespace {

// Long enough that typing a word renders once, short enough to feel immediate.
constexpr int kRenderDelayMs = 300;

// Characters file systems or file managers do not take in a name.
QString fileNamePart(QString text)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& character : text) {
        if (forbidden.contains(character) || character.isNull() || character < u' ') {
            character = u'-';
        }
    }
    return text.simplified();
}

} // namespace

DocumentsPage::DocumentsPage(const storage::Register& reg, const core::Clock& clock,
                             const core::Period& promisedAnswerPeriod,
                             report::TemplateLibrary library, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DocumentsPage>())
    , m_register(reg)
    , m_clock(clock)
    , m_promise(promisedAnswerPeriod)
    , m_library(std::move(library))
    , m_preview(new DocumentPreview(this))
    , m_editor(new TemplateEditor(this))
    , m_templates(new TemplateEditing(
          *m_editor, m_library, [this] { return choice(); }, [this] { return makeRenderer(); },
          this))
    , m_renderTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_dpa = new DpaChoice(m_register, *m_ui->clientCombo, *m_ui->agreementLabel,
                          *m_ui->agreementCombo, this);
    m_signedBar = new SignedAgreementBar(this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->statusLabel), m_signedBar);
    connect(m_signedBar, &SignedAgreementBar::draftChosen, this, [this] {
        if (!m_settingUp) {
            choiceChanged();
        }
    });
    connect(m_signedBar, &SignedAgreementBar::newVersionRequested, this,
            &DocumentsPage::newVersionRequested);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_ui->splitter->addWidget(m_editor);
    m_ui->splitter->addWidget(m_preview);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_editor->hide();
    setTabOrder(m_ui->editTemplateButton, m_editor);
    setTabOrder(m_editor, m_preview);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kRenderDelayMs);
    connect(m_renderTimer, &QTimer::timeout, this, &DocumentsPage::renderNow);

    addAudienceChoice();
    m_settingUp = true;
    for (const DocumentKind kind : DocumentChoices::kinds()) {
        m_ui->documentCombo->addItem(DocumentChoices::title(kind), static_cast<int>(kind));
    }
    fillLanguagesAndFormats();
    reloadRequests();
    reloadActivities();
    m_settingUp = false;

    connect(m_ui->documentCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_settingUp = true;
        fillLanguagesAndFormats();
        reloadRequests();
        m_settingUp = false;
        choiceChanged();
    });
    connect(m_dpa, &DpaChoice::changed, this, [this] {
        if (!m_settingUp) {
            choiceChanged();
        }
    });
    for (QComboBox* combo :
         {m_ui->languageCombo, m_ui->formatCombo, m_ui->requestCombo, m_audienceCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingUp) {
                choiceChanged();
            }
        });
    }
    connect(m_ui->activitiesList, &QListWidget::itemChanged, this, [this] {
        if (!m_settingUp) {
            choiceChanged();
        }
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DocumentsPage::chooseSavePath);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DocumentsPage::print);
    connect(m_ui->editTemplateButton, &QPushButton::toggled, this,
            &DocumentsPage::showTemplateEditor);
    auto* printAction = new QAction(tr("&Print…"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printAction, &QAction::triggered, this, [this] {
        if (m_ui->printButton->isEnabled()) {
            print();
        }
    });
    addAction(printAction);

    connect(m_editor, &TemplateEditor::edited, this, [this] {
        updateControls();
        scheduleRender();
    });
    connect(m_templates, &TemplateEditing::templateChanged, this, [this] {
        updateControls();
        scheduleRender();
    });
    connect(m_preview, &DocumentPreview::pdfShown, this, &DocumentsPage::updateControls);
    updateControls();
}

DocumentsPage::~DocumentsPage() = default;

DocumentKind DocumentsPage::currentKind() const
{
    return static_cast<DocumentKind>(m_ui->documentCombo->currentData().toInt());
}

report::DocumentRequest DocumentsPage::request() const
{
    report::DocumentRequest request = choice();
    // While the editor is open its text is the template, saved or not; its name makes the
    // errors point into the editor.
    if (m_editor->isVisibleTo(this) && !m_editor->templateName().isEmpty()) {
        request.templateOverride =
            report::TemplateOverride{m_editor->text(), m_editor->templateName()};
    }
    return request;
}

report::DocumentRequest DocumentsPage::choice() const
{
    report::DocumentRequest request;
    request.kind = currentKind();
    request.format = static_cast<DocumentFormat>(m_ui->formatCombo->currentData().toInt());
    request.language = m_ui->languageCombo->currentData().toString();
    if (DocumentChoices::needsClient(request.kind)) {
        request.clientId = m_dpa->clientId();
        request.agreementId = m_dpa->agreementId();
        request.newVersionDraft = m_signedBar->newVersionDraft();
    }
    if (DocumentChoices::needsRequest(request.kind)) {
        request.requestId = m_ui->requestCombo->currentData().toLongLong();
    }
    if (DocumentChoices::needsAudience(request.kind)) {
        request.audience =
            enumOf<core::StatementAudience>(m_audienceCombo).value_or(request.audience);
    }
    if (DocumentChoices::needsActivities(request.kind)) {
        for (int row = 0; row < m_ui->activitiesList->count(); ++row) {
            const QListWidgetItem* item = m_ui->activitiesList->item(row);
            if (item->checkState() == Qt::Checked) {
                request.activityIds << item->data(Qt::UserRole).toLongLong();
            }
        }
    }
    return request;
}

void DocumentsPage::choose(DocumentKind kind)
{
    m_ui->documentCombo->setCurrentIndex(m_ui->documentCombo->findData(static_cast<int>(kind)));
}

bool DocumentsPage::chooseRequest(qint64 id)
{
    const int index = m_ui->requestCombo->findData(id);
    if (index >= 0) {
        m_ui->requestCombo->setCurrentIndex(index);
    }
    return index >= 0;
}

bool DocumentsPage::chooseLetter(DocumentKind letter, qint64 requestId)
{
    if (m_editor->isVisibleTo(this) && m_editor->isModified()) {
        return false;
    }
    const DocumentKind before = currentKind();
    choose(letter);
    if (!chooseRequest(requestId)) {
        choose(before);
        return false;
    }
    if (DocumentChoices::needsActivities(letter)) {
        m_ui->activitiesList->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void DocumentsPage::setActivityChecked(qint64 id, bool checked)
{
    for (int row = 0; row < m_ui->activitiesList->count(); ++row) {
        QListWidgetItem* item = m_ui->activitiesList->item(row);
        if (item->data(Qt::UserRole).toLongLong() == id) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

bool DocumentsPage::chooseClient(qint64 id)
{
    return m_dpa->chooseClient(id);
}

bool DocumentsPage::chooseAgreement(qint64 id)
{
    return m_dpa->chooseAgreement(id);
}

bool DocumentsPage::chooseDpa(qint64 clientId, qint64 agreementId, bool newVersionDraft)
{
    if (m_editor->isVisibleTo(this) && m_editor->isModified()) {
        return false;
    }
    choose(DocumentKind::Dpa);
    m_settingUp = true;
    chooseFormat(DocumentFormat::Pdf);
    m_signedBar->setNewVersionDraft(newVersionDraft);
    m_settingUp = false;
    const bool chosen = chooseClient(clientId) && chooseAgreement(agreementId);
    choiceChanged();
    return chosen;
}

void DocumentsPage::chooseFormat(DocumentFormat format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(format)));
}

void DocumentsPage::chooseLanguage(const QString& code)
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(code));
}

report::DocumentRenderer DocumentsPage::makeRenderer() const
{
    report::DocumentRenderer renderer(m_register.database(), m_clock, m_library);
    renderer.setPromisedAnswerPeriod(m_promise);
    return renderer;
}

void DocumentsPage::addAudienceChoice()
{
    // In code rather than in the form file: one row that only the privacy statement uses.
    m_audienceLabel = new QLabel(tr("For &whom:"), this);
    m_audienceCombo = new QComboBox(this);
    m_audienceCombo->setObjectName(QStringLiteral("audienceCombo"));
    m_audienceCombo->setAccessibleName(tr("Audience of the privacy statement"));
    m_audienceLabel->setBuddy(m_audienceCombo);
    fillEnumCombo<core::StatementAudience>(m_audienceCombo);
    const int row = m_ui->choicesLayout->rowCount();
    m_ui->choicesLayout->addWidget(m_audienceLabel, row, 0);
    m_ui->choicesLayout->addWidget(m_audienceCombo, row, 1);
    setTabOrder(m_ui->formatCombo, m_audienceCombo);
}

void DocumentsPage::fillLanguagesAndFormats()
{
    const DocumentKind kind = currentKind();
    const QString language = m_ui->languageCombo->currentData().toString();
    m_ui->languageCombo->clear();
    for (const QString& code : DocumentChoices::languages(kind)) {
        m_ui->languageCombo->addItem(DocumentChoices::languageTitle(code), code);
    }
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(language)));

    const QVariant format = m_ui->formatCombo->currentData();
    m_ui->formatCombo->clear();
    for (const DocumentFormat each : DocumentChoices::formats(kind)) {
        m_ui->formatCombo->addItem(DocumentChoices::formatTitle(each), static_cast<int>(each));
    }
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(format)));

    const bool needsClient = DocumentChoices::needsClient(kind);
    m_ui->clientLabel->setVisible(needsClient);
    m_ui->clientCombo->setVisible(needsClient);
    m_dpa->setShown(needsClient);
    const bool needsRequest = DocumentChoices::needsRequest(kind);
    m_ui->requestLabel->setVisible(needsRequest);
    m_ui->requestCombo->setVisible(needsRequest);
    const bool needsActivities = DocumentChoices::needsActivities(kind);
    m_ui->activitiesLabel->setVisible(needsActivities);
    m_ui->activitiesList->setVisible(needsActivities);
    m_ui->choiceNote->setVisible(needsClient || needsRequest);
    const bool needsAudience = DocumentChoices::needsAudience(kind);
    m_audienceLabel->setVisible(needsAudience);
    m_audienceCombo->setVisible(needsAudience);
}

void DocumentsPage::reloadRequests()
{
    const DocumentKind kind = currentKind();
    const qint64 chosen = m_ui->requestCombo->currentData().toLongLong();
    const bool wasSettingUp = m_settingUp;
    m_settingUp = true;
    m_ui->requestCombo->clear();
    if (DocumentChoices::needsRequest(kind)) {
        // Only the requests this letter can be written for: a letter states facts, and the
        // renderer refuses one whose facts are not on record (LetterEligibility).
        for (const core::DataSubjectRequest& each :
             storage::RequestRepository::all(m_register.database())) {
            if (report::LetterEligibility::fits(kind, each)) {
                m_ui->requestCombo->addItem(tr("%1 — %2").arg(each.reference, each.requesterName),
                                            each.id);
            }
        }
    }
    m_ui->requestCombo->setCurrentIndex(std::max(0, m_ui->requestCombo->findData(chosen)));
    m_ui->requestCombo->setEnabled(m_ui->requestCombo->count() > 0);
    m_settingUp = wasSettingUp;
    updateNote();
}

void DocumentsPage::reloadActivities()
{
    QSet<qint64> checked;
    for (int row = 0; row < m_ui->activitiesList->count(); ++row) {
        const QListWidgetItem* item = m_ui->activitiesList->item(row);
        if (item->checkState() == Qt::Checked) {
            checked.insert(item->data(Qt::UserRole).toLongLong());
        }
    }
    const bool wasSettingUp = m_settingUp;
    m_settingUp = true;
    m_ui->activitiesList->clear();
    // The firm answers access requests about its own processing only; for a client's data
    // the client does (LetterEligibility refuses those requests).
    for (const core::ProcessingActivity& activity :
         storage::ActivityRepository::all(m_register.database())) {
        if (activity.role != core::ProcessingRole::Controller) {
            continue;
        }
        auto* item = new QListWidgetItem(activity.name, m_ui->activitiesList);
        item->setData(Qt::UserRole, activity.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(activity.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_settingUp = wasSettingUp;
}

void DocumentsPage::updateNote()
{
    const DocumentKind kind = currentKind();
    if (DocumentChoices::needsClient(kind)) {
        m_ui->choiceNote->setText(
            m_dpa->hasClients()
                ? tr("Only clients with a processing agreement are listed. The client's "
                     "current agreement is chosen; an earlier one can be made again.")
                : tr("No client has a processing agreement yet. Add one under Clients and "
                     "agreements; then the agreement can be made here."));
    } else if (DocumentChoices::needsRequest(kind)) {
        QString note = m_ui->requestCombo->count() == 0
                           ? tr("No request fits this letter yet: it states facts that must be "
                                "on record first (an extension, a refusal, an erasure, …).")
                           : tr("Only the requests this letter fits are listed.");
        if (DocumentChoices::needsActivities(kind)) {
            note += u' ' + tr("Tick the processing activities that concern the person.");
        }
        m_ui->choiceNote->setText(note);
    } else {
        m_ui->choiceNote->clear();
    }
}

void DocumentsPage::setPromisedAnswerPeriod(const core::Period& period)
{
    m_promise = period;
    scheduleRender();
}

void DocumentsPage::registerChanged()
{
    m_settingUp = true;
    m_dpa->reload();
    reloadRequests();
    reloadActivities();
    m_settingUp = false;
    if (m_editor->isVisibleTo(this)) {
        m_templates->updateVariables();
    }
    scheduleRender();
}

void DocumentsPage::choiceChanged()
{
    if (m_editor->isVisibleTo(this)) {
        // The editor is locked while it has changes, so a new template name never drops them.
        if (report::DocumentRenderer::templateName(choice()) != m_editor->templateName()) {
            m_templates->loadTemplate();
        }
        m_templates->updateVariables();
    }
    updateControls();
    scheduleRender();
}

void DocumentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        scheduleRender();
    }
}

void DocumentsPage::scheduleRender()
{
    m_stale = true;
    if (!isVisible()) {
        return; // rendered when the page comes into view
    }
    setStatus(tr("Working…"), false);
    m_renderTimer->start();
}

bool DocumentsPage::isRenderPending() const
{
    return m_renderTimer->isActive();
}

void DocumentsPage::renderNow()
{
    m_renderTimer->stop();
    m_stale = false;
    const report::DocumentRequest chosen = request();
    if ((DocumentChoices::needsClient(chosen.kind) && chosen.clientId <= 0) ||
        (DocumentChoices::needsRequest(chosen.kind) && chosen.requestId <= 0)) {
        showFailure(m_ui->choiceNote->text(), false);
        return;
    }
    if (DocumentChoices::needsActivities(chosen.kind) && chosen.activityIds.isEmpty()) {
        showFailure(tr("Tick at least one processing activity that the answer covers."), false);
        return;
    }
    const bool draft = chosen.templateOverride.has_value() && m_editor->isModified();
    m_signedBar->showFor(m_register.database(), chosen, !m_register.isReadOnly());
    try {
        const report::DocumentRenderer renderer = makeRenderer();
        if (chosen.format == DocumentFormat::Pdf) {
            m_preview->showPdf(renderer.render(chosen));
        } else {
            m_preview->showText(renderer.renderText(chosen), chosen.format);
        }
    } catch (const report::TemplateError& error) {
        m_editor->showError(error);
        showFailure(error.message(), draft);
        return;
    } catch (const report::ReportError& error) {
        m_editor->showProblem(QString::fromUtf8(error.what()));
        showFailure(QString::fromUtf8(error.what()), draft);
        return;
    } catch (const storage::RegisterError& error) {
        m_editor->showProblem(error.message());
        showFailure(error.message(), draft);
        return;
    }
    ++m_renderCount;
    m_editor->clearError();
    setStatus(draft ? tr("The preview shows your changed template; it is not saved yet.")
                    : QString(),
              false);
    updateControls();
}

void DocumentsPage::showFailure(const QString& message, bool draftOnly)
{
    if (draftOnly) {
        // While typing, the last document that worked stays in view under the message.
        setStatus(tr("The template cannot be used: %1 The preview shows the last version "
                     "that worked.")
                      .arg(message),
                  true);
    } else {
        m_preview->clear();
        setStatus(tr("The document cannot be made: %1").arg(message), true);
    }
    updateControls();
}

void DocumentsPage::setStatus(const QString& text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #a00000;") : QString());
}

QString DocumentsPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void DocumentsPage::updateControls()
{
    // A choice that changes the template would drop the editor's changes.
    const bool locked = m_editor->isVisibleTo(this) && m_editor->isModified();
    const QString lockedReason =
        locked ? tr("Save or discard the changes to the template first.") : QString();
    for (QComboBox* combo : {m_ui->documentCombo, m_ui->languageCombo, m_ui->formatCombo}) {
        combo->setEnabled(!locked);
        combo->setToolTip(lockedReason);
    }
    const bool isPdf =
        m_ui->formatCombo->currentData().toInt() == static_cast<int>(DocumentFormat::Pdf);
    m_ui->printButton->setEnabled(isPdf && m_preview->pdfDocument() != nullptr &&
                                  m_preview->pdfDocument()->pageCount() > 0);
    m_ui->printButton->setToolTip(isPdf ? tr("Print the document (Ctrl+P)")
                                        : tr("Printing is done from the PDF: choose PDF as the "
                                             "format."));
}

void DocumentsPage::showTemplateEditor(bool shown)
{
    // The button follows without saying so again (which would load the template anew).
    const QSignalBlocker quiet(m_ui->editTemplateButton);
    if (!shown && m_editor->isModified() && m_editor->isVisibleTo(this)) {
        m_ui->editTemplateButton->setChecked(true);
        showMessage(tr("Template not saved"),
                    tr("Save or discard the changes to the template before you close the "
                       "editor."));
        return;
    }
    m_ui->editTemplateButton->setChecked(shown);
    if (shown == m_editor->isVisibleTo(this)) {
        return;
    }
    if (shown) {
        m_templates->loadTemplate();
        m_templates->updateVariables();
    }
    m_editor->setVisible(shown);
    updateControls();
    scheduleRender();
}

QString DocumentsPage::suggestedFileName() const
{
    const report::DocumentRequest plain = choice();
    QString name = QFileInfo(report::DocumentRenderer::templateName(plain)).completeBaseName();
    if (DocumentChoices::needsClient(plain.kind) && m_dpa->hasClients()) {
        name += QStringLiteral(" - ") + fileNamePart(m_dpa->clientName());
        // Versions apart: an earlier agreement made again is not saved over the current one.
        const auto agreement =
            storage::AgreementRepository::find(m_register.database(), plain.agreementId);
        if (agreement && !agreement->version.isEmpty()) {
            name += QStringLiteral(" - ") + fileNamePart(agreement->version);
        }
    }
    if (DocumentChoices::needsAudience(plain.kind) &&
        plain.audience != core::StatementAudience::Customers) {
        name += QStringLiteral(" - ") + fileNamePart(core::enumLabel(plain.audience));
    }
    if (DocumentChoices::needsRequest(plain.kind) && m_ui->requestCombo->count() > 0) {
        if (const auto chosen =
                storage::RequestRepository::find(m_register.database(), plain.requestId)) {
            name += QStringLiteral(" - ") + fileNamePart(chosen->reference);
        }
    }
    return name + u'.' + DocumentChoices::suffix(plain.format);
}

void DocumentsPage::chooseSavePath()
{
    const DocumentFormat format = request().format;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save document"),
                                                QDir(folder).filePath(suggestedFileName()),
                                                DocumentChoices::fileFilter(format));
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = DocumentChoices::suffix(format);
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        path += u'.' + suffix;
    }
    saveTo(path);
}

bool DocumentsPage::saveTo(const QString& path)
{
    QString problem;
    try {
        const QByteArray bytes = makeRenderer().render(request());
        storage::AtomicFile::write(path, storage::byteView(bytes));
    } catch (const report::ReportError& error) {
        problem = QString::fromUtf8(error.what());
    } catch (const storage::RegisterError& error) {
        problem = error.message();
    }
    if (!problem.isEmpty()) {
        showMessage(tr("Document not saved"), problem);
        return false;
    }
    setStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void DocumentsPage::print()
{
    QPdfDocument* document = m_preview->pdfDocument();
    if (document == nullptr || document->pageCount() == 0) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(suggestedFileName()).completeBaseName());
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, document->pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString problem = printOn(printer);
    if (!problem.isEmpty()) {
        showMessage(tr("Not printed"), problem);
    }
}

QString DocumentsPage::printOn(QPrinter& printer)
{
    QPdfDocument* document = m_preview->pdfDocument();
    if (document == nullptr) {
        return tr("There is no document to print yet. Choose PDF as the format and wait until "
                  "the preview shows it.");
    }
    return PdfPrinting::print(*document, printer);
}

void DocumentsPage::showMessage(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // messages can hold register content
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QComboBox* DocumentsPage::documentChoice() const
{
    return m_ui->documentCombo;
}

QComboBox* DocumentsPage::clientChoice() const
{
    return m_ui->clientCombo;
}

QComboBox* DocumentsPage::agreementChoice() const
{
    return m_ui->agreementCombo;
}

QComboBox* DocumentsPage::formatChoice() const
{
    return m_ui->formatCombo;
}

QComboBox* DocumentsPage::languageChoice() const
{
    return m_ui->languageCombo;
}

QPushButton* DocumentsPage::saveButton() const
{
    return m_ui->saveButton;
}

QPushButton* DocumentsPage::printButton() const
{
    return m_ui->printButton;
}

} // namespace pr::gui
