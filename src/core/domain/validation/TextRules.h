#pragma once

#include "core/domain/validation/IssueList.h"

#include <QJsonObject>
#include <QString>

// What every text in the register may hold, for every way in: the editors, the command-line
// tool and an import all validate records with these rules (docs/cli.md, "Limits").

namespace pr::core::validation {

// Names, addresses, e-mail addresses, phone numbers, functions: one line of text.
inline constexpr qsizetype kMaxShortTextLength = 500;
// Descriptions, reasons, notes and list items: paragraphs, not documents.
inline constexpr qsizetype kMaxLongTextLength = 20'000;

// The longest text the field named KEY (a member name, e.g. "legalName") may hold.
qsizetype maxLengthOf(const QString& key);

// What is wrong with TEXT for a field of at most MAXLENGTH characters, or an empty string:
// too long; a control character other than tab and line break (e.g. NUL); half of a UTF-16
// surrogate pair; a bidirectional override, embedding or isolate, which makes a name read
// differently from what it holds.
QString textProblem(const QString& text, qsizetype maxLength);

// Checks every text of a record, given as its JSON form (json::toJson), with the limit of its
// field; issues name the field as validate() does ("purposes[2]"). Binary members (PDFs,
// digests) are not text and are left out.
void checkTexts(IssueList& issues, const QJsonObject& record);

} // namespace pr::core::validation
