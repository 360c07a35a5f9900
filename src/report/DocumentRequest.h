#pragma once

#include "core/domain/StatementAudience.h"
#include "report/DocumentKind.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pr::report {

// A template given for one rendering instead of the library's: the CLI's --template file, or
// the text in the GUI's template editor.
struct TemplateOverride {
    QString text;
    QString name; // for messages: the file's path, or what the editor calls it
};

// Which document to make, for whom, and how (DocumentRenderer::render).
struct DocumentRequest {
    DocumentKind kind = DocumentKind::PrivacyStatement;
    DocumentFormat format = DocumentFormat::Pdf;
    qint64 clientId = 0;    // DPA: the client, required
    qint64 agreementId = 0; // DPA: a particular agreement; 0 = the client's current one
    qint64 requestId = 0;   // letters (isLetter): the data-subject request, required
    // Sub-processor notice: the sub-processor it announces (with clientId, the client told),
    // and, for a notice not recorded yet, the sub-processor it replaces (empty: an addition).
    // A recorded notice gives its own date, change and objection period.
    qint64 subProcessorId = 0;
    QString replacesName;
    // The breach notifications (isBreachNotification): the breach, required.
    qint64 breachId = 0;
    // The access letter (AccessLetter): the processing activities its answer covers, in this
    // order; at least one. Chosen by the user: only the activities that concern the person.
    QList<qint64> activityIds;
    // The privacy statement: for whom. Each audience's statement names its own activities.
    core::StatementAudience audience = core::StatementAudience::Customers;
    // "nl", or "en" for the English DPA. Other documents have only a Dutch built-in template,
    // but render in English with a templateOverride.
    QString language = QStringLiteral("nl");
    // DPA to be signed digitally now: the firm's date (and, when none is recorded, its place:
    // the firm's city) in the signature block, so that the signed PDF shows when it was
    // signed. Null: the block shows what the agreement records.
    QDate firmSignsOn;
    // DPA of a signed agreement: today's register as the draft of the agreement's next version,
    // marked so on every page and in the title, with the signature block left open. A signed
    // agreement whose content has changed since it was signed, or whose signed content was not
    // kept, is always rendered so (DpaDrift); its record is the stored PDF.
    bool newVersionDraft = false;
    std::optional<TemplateOverride> templateOverride;
};

} // namespace pr::report
