#include "storage/repositories/MissingRecordError.h"

namespace pr::storage {

MissingRecordError::MissingRecordError(core::EntityKind kind, qint64 id)
    : RegisterError(tr("The %1 with number %2 is not in the register (any more).")
                        .arg(core::enumLabel(kind).toLower())
                        .arg(id))
    , m_kind(kind)
    , m_id(id)
{}

} // namespace pr::storage
