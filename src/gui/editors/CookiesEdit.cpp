#include "gui/editors/CookiesEdit.h"

#include "gui/editors/EnumCombo.h"

#include <QComboBox>
#include <QTableWidget>

namespace pr::gui {

namespace {
enum Column { Name, Party, Purpose, Duration, Kind };
}

CookiesEdit::CookiesEdit(QWidget* parent)
    : TableListEdit({{tr("Name"), tr("Whose"), tr("Purpose"), tr("Duration"), tr("Consent")},
                     tr("Cookies of the website"),
                     tr("Add cookie"),
                     tr("Remove cookie")},
                    parent)
{}

void CookiesEdit::addRow()
{
    appendRow({});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, Name);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, Name));
}

void CookiesEdit::appendRow(const core::Cookie& cookie)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Name, new QTableWidgetItem(cookie.name));
    m_table->setItem(row, Purpose, new QTableWidgetItem(cookie.purpose));
    m_table->setItem(row, Duration, new QTableWidgetItem(cookie.duration));
    auto* party = new QComboBox(m_table);
    fillEnumCombo<core::CookieParty>(party);
    setEnum(party, std::optional(cookie.party));
    party->setAccessibleName(tr("Whose cookie %1 is").arg(row + 1));
    connect(party, &QComboBox::currentIndexChanged, this, &CookiesEdit::changed);
    m_table->setCellWidget(row, Party, party);
    auto* kind = new QComboBox(m_table);
    fillEnumCombo<core::CookieKind>(kind);
    setEnum(kind, std::optional(cookie.kind));
    kind->setAccessibleName(tr("Consent for cookie %1").arg(row + 1));
    connect(kind, &QComboBox::currentIndexChanged, this, &CookiesEdit::changed);
    m_table->setCellWidget(row, Kind, kind);
    updateButtons();
}

QList<core::Cookie> CookiesEdit::cookies() const
{
    QList<core::Cookie> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::Cookie cookie;
        cookie.name = m_table->item(row, Name)->text();
        cookie.purpose = m_table->item(row, Purpose)->text();
        cookie.duration = m_table->item(row, Duration)->text();
        cookie.party =
            enumOf<core::CookieParty>(qobject_cast<QComboBox*>(m_table->cellWidget(row, Party)))
                .value_or(cookie.party);
        cookie.kind =
            enumOf<core::CookieKind>(qobject_cast<QComboBox*>(m_table->cellWidget(row, Kind)))
                .value_or(cookie.kind);
        result << cookie;
    }
    return result;
}

void CookiesEdit::setCookies(const QList<core::Cookie>& cookies)
{
    m_table->setRowCount(0);
    for (const core::Cookie& cookie : cookies) {
        appendRow(cookie);
    }
}

} // namespace pr::gui
