#pragma once

#include "core/calendar/Period.h"
#include "report/DocumentRequest.h"
#include "report/template/TemplateLibrary.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTimer;

namespace Ui {
class DocumentsPage;
}

namespace pr::core {
class Clock;
}

namespace pr::storage {
class Register;
}

namespace pr::report {
class DocumentRenderer;
}

namespace pr::gui {

class DocumentPreview;
class DpaChoice;
class SignedAgreementBar;
class TemplateEditing;
class TemplateEditor;

// The Documenten section: choose a document (and the client and its agreement, language and
// format), see it in a preview rendered from the register in memory, save it, print it, and
// adjust its template with the preview following as you type.
//
// Rendering runs on the GUI thread: it reads the register's in-memory database, which has
// one connection and is not safe to share with another thread. To keep typing and clicking
// smooth it waits until the choices or the template have not changed for a moment (a
// single-shot timer), and shows that it is working meanwhile. Nothing is rendered while the
// page is hidden.
class DocumentsPage : public QWidget {
    Q_OBJECT

public:
    // LIBRARY holds the user's own templates (the data folder); tests give a folder of their
    // own. REG and CLOCK must outlive the page.
    DocumentsPage(const storage::Register& reg, const core::Clock& clock,
                  const core::Period& promisedAnswerPeriod,
                  report::TemplateLibrary library =
                      report::TemplateLibrary(report::TemplateLibrary::defaultUserFolder()),
                  QWidget* parent = nullptr);
    ~DocumentsPage() override;

    // The firm's own answer period, which the privacy statement states (settings).
    void setPromisedAnswerPeriod(const core::Period& period);

    // What is chosen, with the template editor's text as an override while it differs from
    // the saved template (so the preview shows the draft and nothing is written).
    report::DocumentRequest request() const;
    void choose(report::DocumentKind kind);
    // Chooses the client with ID for the DPA; false when it is not in the list.
    bool chooseClient(qint64 id);
    // Chooses the chosen client's agreement ID for the DPA; false when it is not in the list.
    bool chooseAgreement(qint64 id);
    // Chooses the DPA of agreement AGREEMENTID with client CLIENTID as PDF: for a signed one
    // the signed PDF the register keeps, or with NEWVERSIONDRAFT today's register as the draft
    // of a new version. False, changing nothing, while the template editor has changes.
    bool chooseDpa(qint64 clientId, qint64 agreementId, bool newVersionDraft);
    SignedAgreementBar* signedAgreementBar() const { return m_signedBar; }
    // Chooses the data subject's request ID for a letter; false when it is not in the list
    // (the letter does not fit it).
    bool chooseRequest(qint64 id);
    // Chooses LETTER for the request REQUEST_ID, as a request's "Make a letter" does; for the
    // answer to an access request the activities list takes the focus, since the user ticks
    // what concerns the person there. False, changing nothing, while the template editor has
    // changes (another document would drop them) or when the letter does not fit the request.
    bool chooseLetter(report::DocumentKind letter, qint64 requestId);
    // Ticks (or not) the processing activity ID for the answer to an access request.
    void setActivityChecked(qint64 id, bool checked);
    void chooseFormat(report::DocumentFormat format);
    void chooseLanguage(const QString& code);

    // The register changed: read the clients again and render again when in view.
    void registerChanged();
    // Renders now instead of after the pause (also what the timer calls).
    void renderNow();
    bool isRenderPending() const;
    // How many times the preview was rendered successfully, for whoever waits for a new one.
    int renderCount() const { return m_renderCount; }
    // What the status line says: working, the error, or nothing.
    QString statusText() const;

    // Renders the chosen document again and writes it to PATH (atomically, owner-only:
    // the document holds register content). Returns false and says why in a message box.
    bool saveTo(const QString& path);
    // Prints the previewed PDF on PRINTER; the error for the user, or empty.
    QString printOn(QPrinter& printer);

    DocumentPreview* preview() const { return m_preview; }
    TemplateEditor* templateEditor() const { return m_editor; }
    void showTemplateEditor(bool shown);
    QComboBox* documentChoice() const;
    QComboBox* clientChoice() const;
    QComboBox* agreementChoice() const;
    QComboBox* formatChoice() const;
    QComboBox* languageChoice() const;
    QComboBox* audienceChoice() const { return m_audienceCombo; }
    QPushButton* saveButton() const;
    QPushButton* printButton() const;

Q_SIGNALS:
    // "New version…" for the signed agreement AGREEMENTID (the page only reads the register;
    // the window's agreement actions make the version).
    void newVersionRequested(qint64 agreementId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    report::DocumentKind currentKind() const;
    // What the controls say, without the editor's text.
    report::DocumentRequest choice() const;
    report::DocumentRenderer makeRenderer() const;
    void fillLanguagesAndFormats();
    void addAudienceChoice();
    void reloadRequests();
    void reloadActivities();
    void updateNote();
    void choiceChanged();
    void scheduleRender();
    void setStatus(const QString& text, bool problem);
    void showFailure(const QString& message, bool draftOnly);
    void updateControls();
    void chooseSavePath();
    void print();
    void showMessage(const QString& title, const QString& text);
    QString suggestedFileName() const;

    std::unique_ptr<Ui::DocumentsPage> m_ui;
    const storage::Register& m_register;
    const core::Clock& m_clock;
    core::Period m_promise;
    report::TemplateLibrary m_library;
    DocumentPreview* m_preview;
    DpaChoice* m_dpa = nullptr;
    QLabel* m_audienceLabel = nullptr;
    QComboBox* m_audienceCombo = nullptr; // the privacy statement: for whom
    SignedAgreementBar* m_signedBar = nullptr;
    TemplateEditor* m_editor;
    TemplateEditing* m_templates;
    QTimer* m_renderTimer;
    bool m_stale = true;
    bool m_settingUp = false;
    int m_renderCount = 0;
};

} // namespace pr::gui
