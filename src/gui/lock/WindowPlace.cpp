#include "gui/lock/WindowPlace.h"

#include "gui/MainWindow.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"

#include <QLineEdit>
#include <QTabWidget>

namespace pr::gui {

WindowPlace WindowPlace::of(const MainWindow& window)
{
    WindowPlace place;
    place.geometry = window.saveGeometry();
    place.section = window.currentSection();
    if (const RecordListPage* page = window.pages().currentListPage()) {
        place.auditTrail = page == window.pages().auditPage();
        place.listKind = page->section().kind;
        place.searchText = page->searchField()->text();
        place.recordId = page->currentId();
    }
    return place;
}

void WindowPlace::restore(MainWindow& window) const
{
    if (!geometry.isEmpty()) {
        window.restoreGeometry(geometry);
    }
    SectionPages& pages = window.pages();
    RecordListPage* page = nullptr;
    if (auditTrail) {
        page = pages.auditPage();
    } else if (listKind) {
        page = pages.listPage(*listKind);
    }
    // Clients and agreements share a section: the tab first, then the section.
    if (page != nullptr && section == Section::ClientsAndAgreements) {
        pages.clientTabs()->setCurrentWidget(page);
    }
    window.showSection(section);
    if (page == nullptr) {
        return;
    }
    page->searchField()->setText(searchText);
    if (recordId != 0) {
        page->selectRecord(recordId);
    }
}

} // namespace pr::gui
