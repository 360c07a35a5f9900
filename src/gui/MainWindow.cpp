#include "gui/MainWindow.h"

#include "core/AppInfo.h"
#include "core/settings/AppSettings.h"
#include "gui/SectionNames.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/editing/AgreementActions.h"
#include "gui/editing/AnonymiseRequests.h"
#include "gui/editing/BreachActions.h"
#include "gui/editing/BreachDocumentActions.h"
#include "gui/editing/EditActions.h"
#include "gui/editing/EnglishTextsEditing.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/RequestActions.h"
#include "gui/editing/SubProcessorNoticeActions.h"
#include "gui/editing/UndoActions.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/OrganisationView.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "gui/signing/CertificatePanel.h"
#include "gui/signing/SignatureCheckDialog.h"
#include "storage/RegisterErrors.h"
#include "ui_MainWindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>

namespace pr::gui {

using core::EntityKind;

MainWindow::MainWindow(std::unique_ptr<storage::Register> reg, const core::Clock& clock,
                       const core::AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_register(std::move(reg))
    , m_editor(new RegisterEditor(*m_register, clock, settings, this))
    , m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages = new SectionPages(m_ui->pages, m_editor->context());
    // Before the Edit menu is built: its action goes in there.
    m_anonymise = new AnonymiseRequests(*m_editor, *m_undo, *m_pages, this);
    setUpEditing();
    // Parented to the window: their buttons live in the details of agreements, requests and
    // breaches.
    new AgreementActions(*m_editor, *m_undo, *m_pages, clock, this);
    new RequestActions(*m_editor, *m_undo, *m_pages, clock, this);
    new BreachActions(*m_editor, *m_undo, *m_pages, clock, this);
    new BreachDocumentActions(*m_editor, *m_pages, clock, this);
    m_recordEditing = new RecordEditing(*m_editor, *m_undo, *m_pages, clock, this);
    new SubProcessorNoticeActions(*m_editor, *m_recordEditing, *m_pages, clock, this);
    m_pages->organisationView()->addSection(new CertificatePanel(*m_editor, *m_undo, clock));
    m_ui->editMenu->insertActions(m_ui->deleteAction,
                                  {m_recordEditing->newAction(), m_recordEditing->editAction()});
    setUpNavigation();

    connect(m_ui->saveAction, &QAction::triggered, this, &MainWindow::saveAgain);
    connect(m_ui->saveAsAction, &QAction::triggered, this, &MainWindow::chooseSaveAsPath);
    connect(m_ui->checkSignatureAction, &QAction::triggered, this,
            [this] { SignatureCheckDialog::chooseAndShow(this); });
    connect(m_ui->closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The commands refer to the editor, the pages to the register: both go while these
    // still exist, not after the register (a member) when QObject deletes the children.
    m_undo->clear();
    delete takeCentralWidget();
}

void MainWindow::setUpNavigation()
{
    QListWidget* navigation = m_ui->navigationList;
    int number = 1;
    for (const Section section : allSections()) {
        navigation->addItem(sectionTitle(section));
        auto* action = m_ui->goMenu->addAction(sectionTitle(section));
        // Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth, as the keys lie on the keyboard.
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number % 10)));
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
        ++number;
    }
    navigation->setCurrentRow(0);
    navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 6px; }"));
    // As wide as the longest section name, the rest for the section.
    const int navigationWidth =
        navigation->sizeHintForColumn(0) + 2 * navigation->frameWidth() + 16;
    navigation->setMinimumWidth(navigationWidth);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({navigationWidth, width() - navigationWidth});
    connect(navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < allSections().size()) {
            m_pages->show(allSections().at(row));
        }
    });
    connect(m_pages, &SectionPages::currentListChanged, this, &MainWindow::updateActions);
    connect(m_pages, &SectionPages::sectionShown, this, [this](Section section) {
        m_ui->navigationList->setCurrentRow(static_cast<int>(allSections().indexOf(section)));
    });
    connect(m_pages->dashboard(), &DashboardPage::recordRequested, this, &MainWindow::showRecord);
    connect(m_pages->dashboard(), &DashboardPage::partRequested, this, [this](EntityKind kind) {
        m_pages->showPart(kind);
        m_ui->navigationList->setCurrentRow(
            static_cast<int>(allSections().indexOf(m_pages->current())));
    });
}

void MainWindow::setUpEditing()
{
    auto* undoActions = new UndoActions(*m_undo, this);
    QAction* undo = undoActions->undo();
    QAction* redo = undoActions->redo();
    QAction* first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertActions(first, {undo, redo});
    m_ui->editMenu->insertSeparator(first);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (RecordListPage* page = m_pages->currentListPage()) {
            page->focusSearch();
        }
    });
    m_edits = new EditActions(*m_editor, *m_undo, *m_pages, this);
    connect(m_ui->deleteAction, &QAction::triggered, m_edits, &EditActions::deleteSelected);
    auto* settings = new QAction(tr("Se&ttings…"), this);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    // Changes many records at once, not the selected one: a group of its own.
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(m_anonymise->action());
    m_ui->editMenu->addAction((new EnglishTextsEditing(*m_editor, *m_undo, this))->action());
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(settings);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);

    connect(m_editor, &RegisterEditor::changed, this, [this](EntityKind kind, qint64 id) {
        m_pages->reloadAfterChange(kind);
        // After an undo the record is back: show it where the user is looking.
        RecordListPage* page = m_pages->currentListPage();
        if (page != nullptr && page->section().kind == kind && page != m_pages->auditPage()) {
            page->selectRecord(id);
        }
    });
    connect(m_editor, &RegisterEditor::saveStateChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &RegisterEditor::refused, this,
            [this](const QString& message) { showMessage(tr("Not possible"), message); });
    connect(m_editor, &RegisterEditor::saveFailed, this, [this](const QString& message) {
        showMessage(tr("Not saved"),
                    tr("The change was made, but the register could not be saved: %1").arg(message),
                    tr("The change is kept while this window is open. Choose File > Save again "
                       "(Ctrl+S) to try again, or File > Save as… to save the register "
                       "somewhere else."));
    });
}

void MainWindow::showSection(Section section)
{
    m_ui->navigationList->setCurrentRow(static_cast<int>(allSections().indexOf(section)));
    m_pages->show(section);
}

Section MainWindow::currentSection() const
{
    return m_pages->current();
}

bool MainWindow::showRecord(EntityKind kind, qint64 id)
{
    const bool found = m_pages->showRecord(kind, id);
    m_ui->navigationList->setCurrentRow(
        static_cast<int>(allSections().indexOf(m_pages->current())));
    if (RecordListPage* page = m_pages->currentListPage(); found && page != nullptr) {
        page->table()->setFocus(Qt::OtherFocusReason);
    }
    return found;
}

void MainWindow::updateActions()
{
    m_ui->findAction->setEnabled(m_pages->currentListPage() != nullptr);
    m_ui->deleteAction->setEnabled(m_edits != nullptr && m_edits->canDelete());
    m_ui->saveAction->setEnabled(!m_register->isReadOnly() && m_register->hasUnsavedChanges());
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(m_register->path()).fileName();
    const auto app = QLatin1String(app::kName);
    if (m_register->isReadOnly()) {
        setWindowTitle(tr("%1 (read-only) — %2").arg(name, app));
    } else if (m_register->hasUnsavedChanges()) {
        setWindowTitle(tr("%1 (not saved) — %2").arg(name, app));
    } else {
        setWindowTitle(tr("%1 (saved) — %2").arg(name, app));
    }
    m_ui->saveAction->setEnabled(!m_register->isReadOnly() && m_register->hasUnsavedChanges());
}

void MainWindow::deleteSelected()
{
    m_edits->deleteSelected();
}

void MainWindow::toggleMeasureStatus()
{
    m_edits->toggleMeasureStatus();
}

void MainWindow::setPromisedAnswerPeriod(const core::Period& period)
{
    m_pages->setPromisedAnswerPeriod(period);
}

void MainWindow::setRequestRetentionPeriod(const core::Period& period)
{
    m_anonymise->setRetentionPeriod(period);
    // The overview counts the requests past retention (it reads the stored setting).
    m_pages->dashboard()->refresh();
}

QPushButton* MainWindow::measureStatusButton() const
{
    return m_edits->measureStatusButton();
}

void MainWindow::chooseSaveAsPath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save register as"), QFileInfo(m_register->path()).absolutePath(),
        tr("Registers (*.%1)").arg(QLatin1String(app::kRegisterSuffix)));
    if (!path.isEmpty()) {
        saveAs(path);
    }
}

void MainWindow::saveAgain()
{
    if (m_editor->save()) {
        statusBar()->showMessage(tr("Saved"), 5000);
    }
}

bool MainWindow::saveBeforeLock()
{
    if (m_register->isReadOnly() || !m_register->hasUnsavedChanges()) {
        return true;
    }
    return m_editor->save();
}

bool MainWindow::saveAs(const QString& path)
{
    try {
        m_register->saveAs(path);
    } catch (const storage::RegisterError& error) {
        showMessage(tr("Not saved"), error.message());
        return false;
    }
    updateTitle();
    updateActions();
    m_edits->updateMeasureButton();
    m_pages->organisationView()->reload();
    statusBar()->showMessage(tr("Saved as %1").arg(path), 5000);
    return true;
}

void MainWindow::showMessage(const QString& title, const QString& text, const QString& details)
{
    // Not exec(): the window stays responsive and tests can read and close the message.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // messages can hold register content
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(QLatin1String(app::kName)),
                       tr("<b>%1</b> %2<br>Keeps the privacy register (AVG) of a small IT firm."
                          "<br>Licensed under the EUPL-1.2.")
                           .arg(QLatin1String(app::kName), QLatin1String(app::kVersion)));
}

} // namespace pr::gui
