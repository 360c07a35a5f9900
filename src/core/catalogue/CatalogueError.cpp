#include "core/catalogue/CatalogueError.h"

namespace pr::core {

QString CatalogueError::toString() const
{
    QString text;
    if (!file.isEmpty()) {
        text += file + QStringLiteral(": ");
    }
    return text + path + QStringLiteral(": ") + message;
}

} // namespace pr::core
