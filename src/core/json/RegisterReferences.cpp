#include "core/json/RegisterReferences.h"

#include "core/json/JsonPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

// The ids of LIST under PATH ("$.clients"); reports ids that are not positive or repeated.
template <typename T>
QSet<qint64> collectIds(const QList<T>& list, const QString& path, QList<JsonIssue>& issues)
{
    QHash<qint64, qsizetype> firstIndex;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qint64 id = list[i].id;
        const QString idPath = memberPath(indexPath(path, i), u"id"_s);
        if (id <= 0) {
            // References need a real id: 0 is the "not yet stored" of the domain types.
            issues.append(JsonIssue{
                idPath, QCoreApplication::translate("Json", "An id must be a positive number.")});
        } else if (firstIndex.contains(id)) {
            issues.append(JsonIssue{
                idPath, QCoreApplication::translate("Json", "Duplicate id %1: %2 has it too.")
                            .arg(id)
                            .arg(memberPath(indexPath(path, firstIndex.value(id)), u"id"_s))});
        } else {
            firstIndex.insert(id, i);
        }
    }
    return QSet<qint64>(firstIndex.keyBegin(), firstIndex.keyEnd());
}

class ReferenceChecker {
public:
    explicit ReferenceChecker(QList<JsonIssue>& issues)
        : m_issues(issues)
    {}

    // ID at PATH must be one of KNOWN, the ids of the list at TARGETPATH.
    void check(qint64 id, const QString& path, const QSet<qint64>& known, const QString& targetPath)
    {
        if (id > 0 && !known.contains(id)) {
            m_issues.append(
                JsonIssue{path, QCoreApplication::translate("Json", "No record with id %1 in %2.")
                                    .arg(id)
                                    .arg(targetPath)});
        }
    }

    void checkAll(const QList<qint64>& ids, const QString& path, const QSet<qint64>& known,
                  const QString& targetPath)
    {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            check(ids[i], indexPath(path, i), known, targetPath);
        }
    }

private:
    QList<JsonIssue>& m_issues;
};

} // namespace

void checkIdsAndReferences(const RegisterDocument& document, QList<JsonIssue>& issues)
{
    const QString activitiesPath = u"$.activities"_s;
    const QString clientsPath = u"$.clients"_s;
    const QString subProcessorsPath = u"$.subProcessors"_s;
    const QString agreementsPath = u"$.agreements"_s;
    const QString requestsPath = u"$.requests"_s;
    const QString breachesPath = u"$.breaches"_s;

    const QString noticesPath = u"$.subProcessorNotices"_s;

    const QSet<qint64> activities = collectIds(document.activities, activitiesPath, issues);
    collectIds(document.measures, u"$.measures"_s, issues);
    const QSet<qint64> subProcessors =
        collectIds(document.subProcessors, subProcessorsPath, issues);
    const QSet<qint64> clients = collectIds(document.clients, clientsPath, issues);
    const QSet<qint64> agreements = collectIds(document.agreements, agreementsPath, issues);
    collectIds(document.subProcessorNotices, noticesPath, issues);
    collectIds(document.requests, requestsPath, issues);
    collectIds(document.breaches, breachesPath, issues);
    collectIds(document.audit, u"$.audit"_s, issues);

    ReferenceChecker references(issues);
    for (qsizetype i = 0; i < document.activities.size(); ++i) {
        references.checkAll(document.activities[i].clientIds,
                            memberPath(indexPath(activitiesPath, i), u"clientIds"_s), clients,
                            clientsPath);
    }
    for (qsizetype i = 0; i < document.subProcessors.size(); ++i) {
        references.checkAll(document.subProcessors[i].activityIds,
                            memberPath(indexPath(subProcessorsPath, i), u"activityIds"_s),
                            activities, activitiesPath);
    }
    for (qsizetype i = 0; i < document.agreements.size(); ++i) {
        const QString item = indexPath(agreementsPath, i);
        references.check(document.agreements[i].clientId, memberPath(item, u"clientId"_s), clients,
                         clientsPath);
        references.checkAll(document.agreements[i].activityIds, memberPath(item, u"activityIds"_s),
                            activities, activitiesPath);
    }
    for (qsizetype i = 0; i < document.requests.size(); ++i) {
        references.check(document.requests[i].clientId,
                         memberPath(indexPath(requestsPath, i), u"clientId"_s), clients,
                         clientsPath);
    }
    for (qsizetype i = 0; i < document.subProcessorNotices.size(); ++i) {
        const SubProcessorNotice& notice = document.subProcessorNotices[i];
        const QString item = indexPath(noticesPath, i);
        references.check(notice.subProcessorId, memberPath(item, u"subProcessorId"_s),
                         subProcessors, subProcessorsPath);
        references.check(notice.clientId, memberPath(item, u"clientId"_s), clients, clientsPath);
        references.check(notice.agreementId, memberPath(item, u"agreementId"_s), agreements,
                         agreementsPath);
    }
    for (qsizetype i = 0; i < document.breaches.size(); ++i) {
        references.check(document.breaches[i].clientId,
                         memberPath(indexPath(breachesPath, i), u"clientId"_s), clients,
                         clientsPath);
    }
}

} // namespace pr::core::json
