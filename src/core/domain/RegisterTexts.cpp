#include "core/domain/RegisterTexts.h"

namespace pr::core {

namespace {

void visitAll(QStringList& texts, const TextVisitor& visit)
{
    for (QString& text : texts) {
        visit(text);
    }
}

void visitScope(ClientScope& scope, const TextVisitor& visit)
{
    if (scope.dataCategories) {
        visitAll(*scope.dataCategories, visit);
    }
    if (scope.dataSubjectCategories) {
        visitAll(*scope.dataSubjectCategories, visit);
    }
    if (scope.retention) {
        visit(scope.retention->description);
        visit(scope.retention->legalBasis);
    }
    if (scope.specialCategories) {
        visit(scope.specialCategories->childrenSafeguards);
    }
}

} // namespace

void visitTexts(ProcessingActivity& activity, const TextVisitor& visit)
{
    visit(activity.name);
    visitAll(activity.purposes, visit);
    visit(activity.legitimateInterest);
    visitAll(activity.dataCategories, visit);
    visit(activity.childrenSafeguards);
    for (StaffRole& role : activity.staffRoles) {
        visit(role.role);
        visitAll(role.operations, visit);
    }
    visitAll(activity.dataSubjectCategories, visit);
    visit(activity.retention.description);
    visit(activity.retention.legalBasis);
    visitAll(activity.recipients, visit);
    for (ThirdCountryTransfer& transfer : activity.transfers) {
        visit(transfer.recipient);
        visit(transfer.country);
        visit(transfer.safeguardDetails);
    }
    visit(activity.sourceDescription);
    for (QString& ground : activity.nationalGrounds) {
        visit(ground);
    }
    for (ClientScope& scope : activity.clientScopes) {
        visitScope(scope, visit);
    }
}

void visitTexts(SecurityMeasure& measure, const TextVisitor& visit)
{
    visit(measure.title);
    visit(measure.description);
}

void visitTexts(SubProcessor& subProcessor, const TextVisitor& visit)
{
    visit(subProcessor.service);
    visit(subProcessor.country);
    visit(subProcessor.dataLocation);
    visit(subProcessor.transferAssessmentSummary);
}

} // namespace pr::core
