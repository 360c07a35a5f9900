#pragma once

#include "core/domain/EntityKind.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::cli {

// The parts of the register as `list`, `show` and `audit` name them on the command line,
// each read through its repository and shown in its JSON form (docs/json-format.md).
struct EntityView {
    QString name;          // "activities", "clients", …
    core::EntityKind kind; // for the audit trail
    QStringList columns;   // the fields `list` prints after the id
    std::function<QList<QJsonObject>(const storage::SqliteDatabase&)> all;
    std::function<std::optional<QJsonObject>(const storage::SqliteDatabase&, qint64)> find;
};

const QList<EntityView>& entityViews();
// The view called NAME, or nullptr.
const EntityView* findEntityView(const QString& name);
QStringList entityViewNames();

} // namespace pr::cli
