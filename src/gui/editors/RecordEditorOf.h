#pragma once

#include "gui/editors/RecordEditor.h"
#include "usecases/records/RecordVersion.h"

namespace pr::gui {

// What every editor of one record type shares: the record it started from, and the
// comparison, validation and versions that follow from the form's value(). VALIDATE is the
// domain's validate() overload of RECORD.
template <typename Record, typename Repository>
class RecordEditorOf : public RecordEditor {
public:
    RecordEditorOf(core::EntityKind kind, Record loaded, bool isNew, QWidget* parent)
        : RecordEditor(parent)
        , m_kind(kind)
        , m_loaded(std::move(loaded))
        , m_isNew(isNew)
    {}

    // The record as the form shows it now.
    virtual Record value() const = 0;
    // How the user knows RECORD (its name or title).
    virtual QString nameOf(const Record& record) const = 0;

    core::EntityKind kind() const override { return m_kind; }
    bool isNew() const override { return m_isNew; }
    bool isModified() const override { return !(value() == m_loaded); }
    // Unqualified: found by argument-dependent lookup where the editor is instantiated, so
    // that every record type's validate() overload is seen, not only those included here.
    QList<core::ValidationIssue> issues() const override { return validate(value()); }

    std::unique_ptr<usecases::RecordVersion> loadedVersion() const override
    {
        if (m_isNew) {
            return nullptr;
        }
        return std::make_unique<usecases::RecordVersionOf<Repository, Record>>(m_kind, m_loaded,
                                                                               nameOf(m_loaded));
    }
    std::unique_ptr<usecases::RecordVersion> editedVersion() const override
    {
        const Record edited = value();
        return std::make_unique<usecases::RecordVersionOf<Repository, Record>>(m_kind, edited,
                                                                               nameOf(edited));
    }

protected:
    const Record& loaded() const { return m_loaded; }

private:
    core::EntityKind m_kind;
    Record m_loaded;
    bool m_isNew;
};

} // namespace pr::gui
