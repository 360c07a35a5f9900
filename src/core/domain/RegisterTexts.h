#pragma once

#include "core/domain/ProcessingActivity.h"
#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace pr::core {

// Each text of a record that an English document takes from the register, passed to VISIT,
// which may change it: the names, purposes, lists and descriptions; never proper names (a
// sub-processor's company name, a measure's owner) or dates. One list of fields for
// translating and for listing what still lacks an English version.
using TextVisitor = std::function<void(QString&)>;
void visitTexts(ProcessingActivity& activity, const TextVisitor& visit);
void visitTexts(SecurityMeasure& measure, const TextVisitor& visit);
void visitTexts(SubProcessor& subProcessor, const TextVisitor& visit);

// The non-empty texts of RECORD as visitTexts() visits them, in that order (with repeats).
template <typename Record>
QStringList textsOf(Record record)
{
    QStringList texts;
    visitTexts(record, [&texts](QString& text) {
        if (!text.trimmed().isEmpty()) {
            texts.append(text.trimmed());
        }
    });
    return texts;
}

} // namespace pr::core
