#include "gui/pages/SectionPages.h"

#include "core/settings/AppSettings.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/documents/DocumentsPage.h"
#include "gui/pages/OrganisationView.h"
#include "gui/pages/RecordListPage.h"
#include "gui/sections/ActivitySection.h"
#include "gui/sections/AgreementSection.h"
#include "gui/sections/AuditSection.h"
#include "gui/sections/BreachSection.h"
#include "gui/sections/ClientSection.h"
#include "gui/sections/MeasureSection.h"
#include "gui/sections/RequestSection.h"
#include "gui/sections/SubProcessorSection.h"
#include "storage/Register.h"
#include "usecases/UseCaseContext.h"

#include <QStackedWidget>
#include <QTabWidget>

namespace pr::gui {

using core::EntityKind;

SectionPages::SectionPages(QStackedWidget* stack, const usecases::UseCaseContext& context)
    : QObject(stack)
    , m_stack(stack)
    , m_context(context)
    , m_register(context.reg())
    , m_clock(context.clock())
    , m_promise(context.settings().promisedAnswerPeriod())
{
    m_dashboard = new DashboardPage(context, stack);
    m_pages.insert(Section::Overview, m_dashboard);
    m_pages.insert(Section::Activities, addList(EntityKind::ProcessingActivity, nullptr));
    m_pages.insert(Section::Measures, addList(EntityKind::SecurityMeasure, nullptr));
    m_pages.insert(Section::SubProcessors, addList(EntityKind::SubProcessor, nullptr));

    m_clientTabs = new QTabWidget(stack);
    m_clientTabs->setAccessibleName(tr("Clients and agreements"));
    m_clientTabs->setDocumentMode(true);
    m_clientTabs->addTab(addList(EntityKind::Client, m_clientTabs), tr("&Clients"));
    m_clientTabs->addTab(addList(EntityKind::Agreement, m_clientTabs),
                         tr("Processing &agreements"));
    connect(m_clientTabs, &QTabWidget::currentChanged, this, &SectionPages::currentListChanged);
    m_pages.insert(Section::ClientsAndAgreements, m_clientTabs);

    m_pages.insert(Section::Requests, addList(EntityKind::DataSubjectRequest, nullptr));
    m_pages.insert(Section::Breaches, addList(EntityKind::Breach, nullptr));
    m_documents = new DocumentsPage(
        m_register, m_clock, m_promise,
        report::TemplateLibrary(report::TemplateLibrary::defaultUserFolder()), stack);
    m_pages.insert(Section::Documents, m_documents);
    m_organisation = new OrganisationView(m_register, stack);
    m_pages.insert(Section::Organisation, m_organisation);
    m_audit = new RecordListPage(AuditSection::make(), m_register, stack);
    m_pages.insert(Section::AuditTrail, m_audit);

    for (const Section section : allSections()) {
        m_stack->addWidget(m_pages.value(section));
    }
    show(Section::Overview);
}

RecordListPage* SectionPages::addList(EntityKind kind, QWidget* parent)
{
    RecordSection section;
    switch (kind) {
    case EntityKind::ProcessingActivity:
        section = ActivitySection::make();
        break;
    case EntityKind::SecurityMeasure:
        section = MeasureSection::make();
        break;
    case EntityKind::SubProcessor:
        section = SubProcessorSection::make(m_clock);
        break;
    case EntityKind::Client:
        section = ClientSection::make(m_clock);
        break;
    case EntityKind::Agreement:
        section = AgreementSection::make();
        break;
    case EntityKind::DataSubjectRequest:
        section = RequestSection::make(m_promise, m_clock);
        break;
    case EntityKind::Breach:
        section = BreachSection::make(m_context);
        break;
    case EntityKind::Organisation:
    case EntityKind::SubProcessorNotice: // in the sub-processor's and the client's details
        return nullptr;
    }
    auto* page =
        new RecordListPage(std::move(section), m_register, parent != nullptr ? parent : m_stack);
    connect(page, &RecordListPage::currentRecordChanged, this, &SectionPages::currentListChanged);
    m_lists.insert(kind, page);
    return page;
}

void SectionPages::show(Section section)
{
    m_current = section;
    m_stack->setCurrentWidget(m_pages.value(section));
    if (section == Section::Overview) {
        m_dashboard->refresh(); // the clock may have moved on
    }
    Q_EMIT sectionShown(section);
    Q_EMIT currentListChanged();
}

void SectionPages::showPart(EntityKind kind)
{
    if (kind == EntityKind::Client || kind == EntityKind::Agreement) {
        m_clientTabs->setCurrentWidget(listPage(kind));
    }
    show(sectionOf(kind));
}

bool SectionPages::showRecord(EntityKind kind, qint64 id)
{
    showPart(kind);
    RecordListPage* page = listPage(kind);
    return page != nullptr && page->selectRecord(id);
}

RecordListPage* SectionPages::currentListPage() const
{
    switch (m_current) {
    case Section::Overview:
    case Section::Documents:
    case Section::Organisation:
        return nullptr;
    case Section::ClientsAndAgreements:
        return qobject_cast<RecordListPage*>(m_clientTabs->currentWidget());
    case Section::AuditTrail:
        return m_audit;
    default:
        return qobject_cast<RecordListPage*>(m_pages.value(m_current));
    }
}

void SectionPages::reloadAfterChange(EntityKind kind)
{
    if (RecordListPage* page = listPage(kind)) {
        page->reload();
    }
    // A client's name shows in the agreements' list, and its agreements in its details.
    if (kind == EntityKind::Client) {
        listPage(EntityKind::Agreement)->reload();
    } else if (kind == EntityKind::Agreement) {
        listPage(EntityKind::Client)->reload();
    } else if (kind == EntityKind::SubProcessorNotice) {
        // Shown in the details of its sub-processor and of its client.
        listPage(EntityKind::SubProcessor)->reload();
        listPage(EntityKind::Client)->reload();
    }
    m_dashboard->refresh();
    m_organisation->reload();
    m_audit->reload();
    m_documents->registerChanged(); // renders again when it comes into view
}

void SectionPages::setPromisedAnswerPeriod(const core::Period& period)
{
    m_promise = period;
    m_dashboard->refresh();
    m_documents->setPromisedAnswerPeriod(period);
    listPage(EntityKind::DataSubjectRequest)->setSection(RequestSection::make(m_promise, m_clock));
}

} // namespace pr::gui
