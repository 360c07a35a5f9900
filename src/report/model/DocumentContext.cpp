#include "report/model/DocumentContext.h"

#include "report/model/DocumentLanguage.h"

using namespace Qt::StringLiterals;

namespace pr::report {

QVariantMap DocumentContext::toModel(const DocumentLanguage& language) const
{
    return {{u"date"_s, language.date(today)},
            {u"language"_s, language.code()},
            {u"forPrint"_s, forPrint},
            {u"forScreen"_s, !forPrint},
            {u"promisedAnswerPeriod"_s, language.period(promisedAnswerPeriod)}};
}

} // namespace pr::report
