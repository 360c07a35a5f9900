#pragma once

#include "core/domain/validation/ValidationIssue.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The checks that every entity's validation shares, so that the same problem gets the same
// message everywhere. Internal to the validate() functions.

namespace pr::core::validation {

// "purposes" + 2 -> "purposes[2]"
QString indexedField(const QString& field, qsizetype index);
// "retention" + "amount" -> "retention.amount"
QString memberField(const QString& field, const QString& member);

class IssueList {
public:
    void add(const QString& field, const QString& message);

    // FIELD is required: TEXT must hold more than whitespace.
    void requireText(const QString& field, const QString& text);
    // A list of texts: at least one item when REQUIRED, no blank item, and no item repeated
    // (compared without case and surrounding whitespace). Issues name the item: "purposes[2]".
    void checkTextList(const QString& field, const QStringList& items, bool required);
    // A list of record ids: at least one when REQUIRED, each positive, none repeated.
    void checkIdList(const QString& field, const QList<qint64>& ids, bool required);
    // An e-mail address, when given (or always, when REQUIRED), must be plausible.
    void checkEmail(const QString& field, const QString& email, bool required);
    // A Dutch postcode and a KvK number, when given.
    void checkPostcode(const QString& field, const QString& postcode);
    void checkKvkNumber(const QString& field, const QString& kvkNumber);
    // A number that counts or measures something cannot be negative.
    void checkNotNegative(const QString& field, qint64 value);
    // DATE, when set, must not lie before EARLIEST (when set); MESSAGE says what it must follow.
    // Returns whether it reported.
    bool checkNotBefore(const QString& field, QDate date, QDate earliest, const QString& message);
    bool checkNotBefore(const QString& field, const QDateTime& dateTime, const QDateTime& earliest,
                        const QString& message);

    const QList<ValidationIssue>& issues() const { return m_issues; }
    QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    QList<ValidationIssue> m_issues;
};

bool isBlank(const QString& text);

} // namespace pr::core::validation
