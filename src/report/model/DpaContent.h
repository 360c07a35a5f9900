#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QVariantMap>

namespace pr::report {

// What a data processing agreement says, in a canonical form that can be kept when it is
// signed (core::Agreement::signedContent) and compared with what today's register would make
// of it (DpaDrift): the DPA's view model (DpaModel::build) without what changes by the act of
// rendering or signing it — the document block (its date) and the signatures, and the
// agreement's signing state — as compact JSON with sorted keys, beside the language it was
// made in. Built from the view model as a whole, so that whatever a DPA comes to say is kept
// and compared without a list of fields here.
class DpaContent {
public:
    // The canonical form of MODEL, a DPA's view model in the language LANGUAGE ("nl", "en").
    static QByteArray of(const QVariantMap& model, const QString& language);

    // The language CONTENT was made in; empty when CONTENT is empty or not a DPA's content.
    static QString languageOf(const QByteArray& content);
    // The content itself (the view model's part that is kept) as JSON; empty when CONTENT is
    // not a DPA's content.
    static QJsonObject contentOf(const QByteArray& content);
};

} // namespace pr::report
