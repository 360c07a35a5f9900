#pragma once

#include "core/domain/EntityKind.h"
#include "storage/RegisterErrors.h"

namespace pr::storage {

// An update or delete of a record that is not (or no longer) in the register: another window
// deleted it, or the caller passed an id that was never stored.
class MissingRecordError : public RegisterError {
    Q_DECLARE_TR_FUNCTIONS(MissingRecordError)
public:
    MissingRecordError(core::EntityKind kind, qint64 id);

    core::EntityKind kind() const { return m_kind; }
    qint64 id() const { return m_id; }

private:
    core::EntityKind m_kind;
    qint64 m_id;
};

} // namespace pr::storage
