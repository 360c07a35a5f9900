#include "gui/models/RecordFilterModel.h"

#include "gui/models/RecordColumns.h"
#include "gui/models/RecordTableModel.h"

#include <QDate>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>

#include <catch2/catch.hpp>

using pr::gui::RecordColumn;
using pr::gui::RecordFilterModel;
using pr::gui::RecordTableModel;

namespace {

struct Person {
    qint64 id = 0;
    QString name;
    QDate received;
};

constexpr int kName = 0;
constexpr int kReceived = 1;

// The source order, the order by name and the order by date all differ, also among the three
// whose name contains "jans" (1, 3, 5): a proxy that shows them in the wrong order fails.
// The dates' texts ("31-12-2025") sort differently from the dates themselves.
QList<Person> people()
{
    return {
        {1, QStringLiteral("Émile Jansen"), QDate(2026, 1, 20)},
        {2, QStringLiteral("anna Bakker"), QDate(2026, 1, 15)},
        {3, QStringLiteral("Bram Jansen"), QDate(2026, 2, 28)},
        {4, QStringLiteral("Chantal de Vries"), QDate(2026, 2, 10)},
        {5, QStringLiteral("daan Janssens"), QDate(2025, 12, 31)},
    };
}

QList<RecordColumn<Person>> columns()
{
    const QList<RecordColumn<Person>> list{
        {QStringLiteral("Name"),
         [](const Person& person) {
             return person.name;
         }},
        {QStringLiteral("Received"),
         [](const Person& person) {
             return person.received.toString(QStringLiteral("dd-MM-yyyy"));
         },
         [](const Person& person) {
             return QVariant(person.received);
         }},
    };
    return list;
}

// The source model of the tests, filled with PEOPLE.
struct Records {
    RecordTableModel model;
    RecordFilterModel filter;

    explicit Records(const QList<Person>& persons = people())
    {
        model.setHeaders(pr::gui::headersOf(columns()));
        model.setRows(pr::gui::rowsOf(persons, columns()));
        filter.setSourceModel(&model);
    }
};

// The ids of the rows the proxy shows, top to bottom.
QList<qint64> shownIds(const RecordFilterModel& filter)
{
    QList<qint64> ids;
    for (int row = 0; row < filter.rowCount(); ++row) {
        ids << filter.index(row, kName).data(RecordTableModel::IdRole).toLongLong();
    }
    return ids;
}

// The row where the proxy shows the record with ID; -1 when it is hidden.
int shownRowOf(const Records& records, qint64 id)
{
    const int sourceRow = records.model.rowOf(id);
    REQUIRE(sourceRow >= 0);
    return records.filter.mapFromSource(records.model.index(sourceRow, kName)).row();
}

} // namespace

TEST_CASE("The record filter shows the source's order until a column is sorted", "[gui][models]")
{
    Records records;
    CHECK(records.filter.sortColumn() == -1);
    CHECK(shownIds(records.filter) == QList<qint64>{1, 2, 3, 4, 5});
    CHECK(records.filter.columnCount() == 2);
    CHECK(records.filter.headerData(kReceived, Qt::Horizontal).toString() ==
          QStringLiteral("Received"));
    CHECK(records.filter.index(0, kReceived).data().toString() == QStringLiteral("20-01-2026"));
}

TEST_CASE("The record filter sorts texts ignoring case and dates as dates", "[gui][models]")
{
    Records records;
    records.filter.sort(kName, Qt::AscendingOrder);
    CHECK(shownIds(records.filter) == QList<qint64>{2, 3, 4, 5, 1});
    records.filter.sort(kName, Qt::DescendingOrder);
    CHECK(shownIds(records.filter) == QList<qint64>{1, 5, 4, 3, 2});

    // By date, not by "10-02-2026" < "15-01-2026".
    records.filter.sort(kReceived, Qt::AscendingOrder);
    CHECK(shownIds(records.filter) == QList<qint64>{5, 2, 1, 4, 3});
    records.filter.sort(kReceived, Qt::DescendingOrder);
    CHECK(shownIds(records.filter) == QList<qint64>{3, 4, 1, 2, 5});
    CHECK(records.filter.sortColumn() == kReceived);
    CHECK(records.filter.sortOrder() == Qt::DescendingOrder);

    records.filter.sort(-1);
    CHECK(shownIds(records.filter) == QList<qint64>{1, 2, 3, 4, 5});
}

TEST_CASE("The record filter keeps what matches every word, in the sort order", "[gui][models]")
{
    Records records;
    records.filter.sort(kReceived, Qt::AscendingOrder);

    records.filter.setSearchText(QStringLiteral("JANS"));
    CHECK(shownIds(records.filter) == QList<qint64>{5, 1, 3});
    // Narrowing: "jansen" lies within the earlier "jans".
    records.filter.setSearchText(QStringLiteral("jansen"));
    CHECK(shownIds(records.filter) == QList<qint64>{1, 3});
    // Widening again brings back what the narrower search hid, in its place.
    records.filter.setSearchText(QStringLiteral("jans"));
    CHECK(shownIds(records.filter) == QList<qint64>{5, 1, 3});

    // Sorting what is shown sorts it without searching again.
    records.filter.sort(kName, Qt::AscendingOrder);
    CHECK(shownIds(records.filter) == QList<qint64>{3, 5, 1});

    // Words in any order, in any column, without accents.
    records.filter.setSearchText(QStringLiteral("jansen  emile"));
    CHECK(shownIds(records.filter) == QList<qint64>{1});
    records.filter.setSearchText(QStringLiteral("-02-"));
    CHECK(shownIds(records.filter) == QList<qint64>{3, 4});
    records.filter.setSearchText(QStringLiteral("nobody"));
    CHECK(records.filter.rowCount() == 0);
    CHECK_FALSE(records.filter.hasChildren());

    records.filter.setSearchText({});
    CHECK(shownIds(records.filter) == QList<qint64>{2, 3, 4, 5, 1});
}

TEST_CASE("The record filter finds a record's row by its id, or none when hidden", "[gui][models]")
{
    Records records;
    records.filter.sort(kReceived, Qt::DescendingOrder);
    CHECK(shownRowOf(records, 3) == 0);
    CHECK(shownRowOf(records, 5) == 4);
    const QModelIndex shown = records.filter.index(2, kReceived);
    CHECK(records.filter.mapToSource(shown) == records.model.index(records.model.rowOf(1), 1));

    records.filter.setSearchText(QStringLiteral("jansen"));
    CHECK(shownRowOf(records, 3) == 0);
    CHECK(shownRowOf(records, 1) == 1);
    CHECK(shownRowOf(records, 5) == -1);
    CHECK_FALSE(records.filter.mapToSource(records.filter.index(2, kName)).isValid());
}

TEST_CASE("The selected record stays selected while a search or sort shows it", "[gui][models]")
{
    Records records;
    QItemSelectionModel selection(&records.filter);
    selection.setCurrentIndex(records.filter.index(shownRowOf(records, 1), kName),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex remembered = records.filter.index(shownRowOf(records, 1), kName);
    const auto selectedId = [&] {
        const QModelIndexList rows = selection.selectedRows();
        return rows.isEmpty() ? 0 : rows.first().data(RecordTableModel::IdRole).toLongLong();
    };

    records.filter.setSearchText(QStringLiteral("jans"));
    records.filter.sort(kName, Qt::AscendingOrder);
    CHECK(remembered.row() == 2);
    CHECK(selectedId() == 1);
    CHECK(selection.currentIndex().row() == 2);

    // Hidden by the search: no longer selected, and not selected again when shown.
    records.filter.setSearchText(QStringLiteral("bram"));
    CHECK_FALSE(remembered.isValid());
    CHECK(selectedId() == 0);
    records.filter.setSearchText({});
    CHECK(selectedId() == 0);
}

TEST_CASE("The record filter searches and sorts new rows of its source as before", "[gui][models]")
{
    Records records;
    records.filter.sort(kName, Qt::DescendingOrder);
    records.filter.setSearchText(QStringLiteral("jans"));
    QList<Person> more = people();
    more << Person{6, QStringLiteral("Zoë Jansen"), QDate(2026, 3, 1)};
    more.removeAt(0); // Émile
    records.model.setRows(pr::gui::rowsOf(more, columns()));
    CHECK(shownIds(records.filter) == QList<qint64>{6, 5, 3});
}
