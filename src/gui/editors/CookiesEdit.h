#pragma once

#include "core/domain/Cookie.h"
#include "gui/editors/TableListEdit.h"

#include <QList>

namespace pr::gui {

// The website's cookies as a table: name, whose cookie, purpose, how long it stays and
// whether it needs consent (art. 11.7a Telecommunicatiewet); Add appends a row and puts the
// cursor in it, Remove deletes the current row.
class CookiesEdit : public TableListEdit {
    Q_OBJECT

public:
    explicit CookiesEdit(QWidget* parent = nullptr);

    QList<core::Cookie> cookies() const;
    void setCookies(const QList<core::Cookie>& cookies);

private:
    void addRow() override;
    void appendRow(const core::Cookie& cookie);
};

} // namespace pr::gui
