#pragma once

#include "core/calendar/Period.h"
#include "core/domain/EntityKind.h"
#include "gui/Section.h"

#include <QHash>
#include <QObject>

class QStackedWidget;
class QTabWidget;

namespace pr::core {
class Clock;
}

namespace pr::storage {
class Register;
}

namespace pr::usecases {
class UseCaseContext;
}

namespace pr::gui {

class DashboardPage;
class DocumentsPage;
class OrganisationView;
class RecordListPage;

// The pages of the main window, one per section, in a stacked widget: the overview, a list
// per part of the register (clients and agreements as two tabs of one section), the
// organisation and the audit trail. Knows which page shows what; MainWindow does the rest.
class SectionPages : public QObject {
    Q_OBJECT

public:
    // CONTEXT (the register, clock and settings of the window; it must outlive the pages) is
    // what the pages read and compute their deadlines with.
    SectionPages(QStackedWidget* stack, const usecases::UseCaseContext& context);

    void show(Section section);
    Section current() const { return m_current; }
    // Shows the section of KIND, on its tab for clients and agreements.
    void showPart(core::EntityKind kind);
    // Shows the section of KIND and selects record ID in its list.
    bool showRecord(core::EntityKind kind, qint64 id);

    // The list of records of KIND; nullptr for the organisation.
    RecordListPage* listPage(core::EntityKind kind) const { return m_lists.value(kind); }
    RecordListPage* auditPage() const { return m_audit; }
    // The list in view (the current tab's in Clients and agreements); nullptr when the section
    // has none.
    RecordListPage* currentListPage() const;
    const usecases::UseCaseContext& context() const { return m_context; }
    DashboardPage* dashboard() const { return m_dashboard; }
    DocumentsPage* documentsPage() const { return m_documents; }
    OrganisationView* organisationView() const { return m_organisation; }
    QTabWidget* clientTabs() const { return m_clientTabs; }

    // Reads again what a change of a record of KIND affects: its list, the overview, the
    // organisation page (backups appear after the first save) and the audit trail.
    void reloadAfterChange(core::EntityKind kind);
    // The firm's promised answer period changed (settings, which the overview reads itself):
    // the requests' deadlines, the documents and the overview are computed again.
    void setPromisedAnswerPeriod(const core::Period& period);

Q_SIGNALS:
    // Another list came into view, or the selection of the one in view changed.
    void currentListChanged();
    // SECTION came into view, whoever asked for it: the navigation follows.
    void sectionShown(pr::gui::Section section);

private:
    RecordListPage* addList(core::EntityKind kind, QWidget* page);

    QStackedWidget* m_stack;
    const usecases::UseCaseContext& m_context;
    const storage::Register& m_register;
    const core::Clock& m_clock;
    core::Period m_promise;
    Section m_current = Section::Overview;
    QHash<Section, QWidget*> m_pages;
    QHash<core::EntityKind, RecordListPage*> m_lists;
    DashboardPage* m_dashboard = nullptr;
    DocumentsPage* m_documents = nullptr;
    OrganisationView* m_organisation = nullptr;
    RecordListPage* m_audit = nullptr;
    QTabWidget* m_clientTabs = nullptr;
};

} // namespace pr::gui
