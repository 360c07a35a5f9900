#pragma once

#include "core/domain/Art9Exception.h"
#include "core/domain/ClientScope.h"
#include "core/domain/DataSource.h"
#include "core/domain/LegalBasis.h"
#include "core/domain/ProcessingRole.h"
#include "core/domain/RetentionPeriod.h"
#include "core/domain/SpecialCategory.h"
#include "core/domain/StaffRole.h"
#include "core/domain/StatementAudience.h"
#include "core/domain/ThirdCountryTransfer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pr::core {

// One processing activity: a row of the register of art. 30 and, when done as processor, of
// Bijlage 1 of the DPAs of the clients it is done for. The lists of strings hold what the user
// picked from the catalogues (and may have edited), one item each, in the user's order.
struct ProcessingActivity {
    qint64 id = 0;                                    // 0 = not yet stored
    QString name;                                     // "Gegevensverwerking", e.g. "Remote backup"
    ProcessingRole role = ProcessingRole::Controller; // own processing or for clients
    QList<qint64> clientIds;                          // processor: the clients it is done for
    // Processor: per client, what differs for that client (ClientScope), in the order of
    // clientIds; a client without one gets the activity as it is.
    QList<ClientScope> clientScopes;
    QStringList purposes; // "Doel verwerking", one purpose each
    // Art. 6(1). Required as controller; as processor the basis is the client's matter and
    // may stay empty.
    std::optional<LegalBasis> legalBasis;
    QString legitimateInterest;          // the interest itself, spelled out; required for basis f
    QStringList dataCategories;          // "Soort persoonsgegevens"
    SpecialCategories specialCategories; // the sensitive kinds of data among them
    QMap<SpecialCategory, Art9Exception> art9Exceptions; // per flagged art. 9 category its ground
    QString childrenSafeguards;  // how children's data is protected (age check, parental consent)
    QList<StaffRole> staffRoles; // "Type medewerker" with their "Verwerkingshandelingen"
    QStringList dataSubjectCategories;           // "Type betrokkene"
    RetentionPeriod retention;                   // "Bewaartermijn"
    QStringList recipients;                      // categories of recipients (art. 30(1)(d))
    QList<ThirdCountryTransfer> transfers;       // transfers outside the EEA
    DataSource source = DataSource::DataSubject; // from the person (art. 13) or not (art. 14)
    QString sourceDescription; // the other source (art. 14(2)(f)); required when not the person
    // Own processing: the privacy statements that name it (customers, staff, applicants).
    StatementAudiences audiences;
    // Bases of art. 6(1) besides legalBasis, for a part of the processing that rests on another
    // one, e.g. (c) for keeping invoices beside (b) for the contract.
    QList<LegalBasis> furtherLegalBases;
    // Per flagged art. 9 category the provision of national law the exception rests on, where
    // one applies, e.g. "artikel 30, eerste lid, onder b, UAVG" for sickness records.
    QMap<SpecialCategory, QString> nationalGrounds;

    friend bool operator==(const ProcessingActivity&, const ProcessingActivity&) = default;
};

} // namespace pr::core
