#pragma once

#include "core/domain/ClientScope.h"
#include "core/domain/ProcessingActivity.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace pr::gui {

class RetentionEdit;
class SpecialCategoriesEdit;
class TextListEdit;

// What one processor activity touches for one client: per part (data categories, special
// categories with their art. 9(2) grounds and children's safeguards, data subjects,
// retention) a check box "own for this client" above the part's editor. A part that follows
// the activity shows the activity's values, disabled; ticking it starts from them, so that
// narrowing means removing what the client does not have.
class ClientScopeForm : public QWidget {
    Q_OBJECT

public:
    explicit ClientScopeForm(QWidget* parent = nullptr);

    // What the pick lists offer.
    void setChoices(const QStringList& dataCategories, const QStringList& dataSubjects);
    // Shows SCOPE for CLIENTNAME; the parts it does not set show ACTIVITY's.
    void setScope(const QString& clientName, const core::ClientScope& scope,
                  const core::ProcessingActivity& activity);
    // The activity's own values changed: the parts that follow it show them.
    void setActivity(const core::ProcessingActivity& activity);
    // The parts ticked as own, for CLIENTID.
    core::ClientScope scope(qint64 clientId) const;

    QCheckBox* ownDataCategories() const { return m_ownCategories; }
    QCheckBox* ownSpecialCategories() const { return m_ownSpecial; }
    QCheckBox* ownDataSubjects() const { return m_ownSubjects; }
    QCheckBox* ownRetention() const { return m_ownRetention; }
    TextListEdit* dataCategoriesEdit() const { return m_categories; }
    SpecialCategoriesEdit* specialEdit() const { return m_special; }
    TextListEdit* dataSubjectsEdit() const { return m_subjects; }
    RetentionEdit* retentionEdit() const { return m_retention; }

Q_SIGNALS:
    void changed();

private:
    // Puts the activity's values into the editors of the parts that are not own.
    void showActivityWhereNotOwn();
    void updateEnabled();
    void edited();

    core::ProcessingActivity m_activity;
    QLabel* m_title;
    QCheckBox* m_ownCategories;
    TextListEdit* m_categories;
    QCheckBox* m_ownSpecial;
    SpecialCategoriesEdit* m_special;
    QLineEdit* m_childrenSafeguards;
    QCheckBox* m_ownSubjects;
    TextListEdit* m_subjects;
    QCheckBox* m_ownRetention;
    RetentionEdit* m_retention;
    bool m_loading = false;
};

} // namespace pr::gui
