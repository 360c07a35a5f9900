#include "core/json/RegisterValidation.h"

#include "core/domain/validation/AgreementValidation.h"
#include "core/domain/validation/AuditEntryValidation.h"
#include "core/domain/validation/BreachValidation.h"
#include "core/domain/validation/ClientValidation.h"
#include "core/domain/validation/DataSubjectRequestValidation.h"
#include "core/domain/validation/OrganisationValidation.h"
#include "core/domain/validation/ProcessingActivityValidation.h"
#include "core/domain/validation/SecurityMeasureValidation.h"
#include "core/domain/validation/SubProcessorNoticeValidation.h"
#include "core/domain/validation/SubProcessorValidation.h"
#include "core/json/JsonPath.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

// PATH is INNER itself or lies inside it: "$.a[1].b" inside "$.a[1]", not inside "$.a[10]".
bool isWithin(const QString& path, const QString& inner)
{
    if (!path.startsWith(inner)) {
        return false;
    }
    return path.size() == inner.size() || path[inner.size()] == u'.' || path[inner.size()] == u'[';
}

class RecordValidator {
public:
    RecordValidator(const QList<JsonIssue>& alreadyReported, QList<JsonIssue>& issues)
        : m_alreadyReported(alreadyReported)
        , m_issues(issues)
    {}

    template <typename T>
    void validateOne(const T& record, const QString& recordPath)
    {
        for (const ValidationIssue& issue : validate(record)) {
            const QString path = memberPath(recordPath, issue.field);
            if (!overlapsReported(path)) {
                m_issues.append(JsonIssue{path, issue.message});
            }
        }
    }

    template <typename T>
    void validateList(const QList<T>& records, const QString& listPath)
    {
        for (qsizetype i = 0; i < records.size(); ++i) {
            validateOne(records[i], indexPath(listPath, i));
        }
    }

private:
    bool overlapsReported(const QString& path) const
    {
        for (const JsonIssue& reported : m_alreadyReported) {
            if (isWithin(path, reported.path) || isWithin(reported.path, path)) {
                return true;
            }
        }
        return false;
    }

    const QList<JsonIssue>& m_alreadyReported;
    QList<JsonIssue>& m_issues;
};

} // namespace

void validateRecords(const RegisterDocument& document, const QList<JsonIssue>& alreadyReported,
                     QList<JsonIssue>& issues)
{
    RecordValidator validator(alreadyReported, issues);
    validator.validateOne(document.organisation, u"$.organisation"_s);
    validator.validateList(document.activities, u"$.activities"_s);
    validator.validateList(document.measures, u"$.measures"_s);
    validator.validateList(document.subProcessors, u"$.subProcessors"_s);
    validator.validateList(document.clients, u"$.clients"_s);
    validator.validateList(document.agreements, u"$.agreements"_s);
    validator.validateList(document.requests, u"$.requests"_s);
    validator.validateList(document.breaches, u"$.breaches"_s);
    validator.validateList(document.subProcessorNotices, u"$.subProcessorNotices"_s);
    validator.validateList(document.audit, u"$.audit"_s);
}

} // namespace pr::core::json
