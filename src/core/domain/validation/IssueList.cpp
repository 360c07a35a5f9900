#include "core/domain/validation/IssueList.h"

#include "core/domain/validation/Formats.h"

#include <QCoreApplication>
#include <QSet>

namespace pr::core::validation {

QString indexedField(const QString& field, qsizetype index)
{
    return field + u'[' + QString::number(index) + u']';
}

QString memberField(const QString& field, const QString& member)
{
    return field + u'.' + member;
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

void IssueList::add(const QString& field, const QString& message)
{
    m_issues.append(ValidationIssue{field, message});
}

void IssueList::requireText(const QString& field, const QString& text)
{
    if (isBlank(text)) {
        add(field, QCoreApplication::translate("Validation", "Required."));
    }
}

void IssueList::checkTextList(const QString& field, const QStringList& items, bool required)
{
    if (required && items.isEmpty()) {
        add(field, QCoreApplication::translate("Validation", "Add at least one."));
        return;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString key = items[i].trimmed().toCaseFolded();
        if (key.isEmpty()) {
            add(indexedField(field, i),
                QCoreApplication::translate("Validation", "Empty item: fill it in or remove it."));
        } else if (seen.contains(key)) {
            add(indexedField(field, i), QCoreApplication::translate("Validation", "Listed twice."));
        } else {
            seen.insert(key);
        }
    }
}

void IssueList::checkIdList(const QString& field, const QList<qint64>& ids, bool required)
{
    if (required && ids.isEmpty()) {
        add(field, QCoreApplication::translate("Validation", "Choose at least one."));
        return;
    }
    QSet<qint64> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids[i] <= 0) {
            add(indexedField(field, i),
                QCoreApplication::translate("Validation", "Not a stored record."));
        } else if (seen.contains(ids[i])) {
            add(indexedField(field, i), QCoreApplication::translate("Validation", "Listed twice."));
        } else {
            seen.insert(ids[i]);
        }
    }
}

void IssueList::checkEmail(const QString& field, const QString& email, bool required)
{
    if (isBlank(email)) {
        if (required) {
            add(field, QCoreApplication::translate("Validation", "Required."));
        }
        return;
    }
    if (!isPlausibleEmail(email)) {
        add(field, QCoreApplication::translate("Validation",
                                               "Not an e-mail address like name@example.nl."));
    }
}

void IssueList::checkPostcode(const QString& field, const QString& postcode)
{
    if (!isBlank(postcode) && !isPostcode(postcode)) {
        add(field, QCoreApplication::translate("Validation", "Not a Dutch postcode like 1234 AB."));
    }
}

void IssueList::checkKvkNumber(const QString& field, const QString& kvkNumber)
{
    if (!isBlank(kvkNumber) && !isKvkNumber(kvkNumber)) {
        add(field, QCoreApplication::translate("Validation", "A KvK number has 8 digits."));
    }
}

void IssueList::checkNotNegative(const QString& field, qint64 value)
{
    if (value < 0) {
        add(field, QCoreApplication::translate("Validation", "Cannot be negative."));
    }
}

bool IssueList::checkNotBefore(const QString& field, QDate date, QDate earliest,
                               const QString& message)
{
    if (date.isValid() && earliest.isValid() && date < earliest) {
        add(field, message);
        return true;
    }
    return false;
}

bool IssueList::checkNotBefore(const QString& field, const QDateTime& dateTime,
                               const QDateTime& earliest, const QString& message)
{
    if (dateTime.isValid() && earliest.isValid() && dateTime < earliest) {
        add(field, message);
        return true;
    }
    return false;
}

} // namespace pr::core::validation
