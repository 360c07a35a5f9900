#pragma once

#include "core/domain/ProcessingActivity.h"

namespace pr::core {

// The activity as it applies to client CLIENTID: every part that the client's ClientScope sets
// replaces the activity's own (data categories; special categories with their art. 9(2)
// grounds and children's safeguards, as one part; data subjects; retention), the rest is the
// activity's. The result keeps no scopes, so that no other client's can be read from it.
// Without a scope for the client (or for a client the activity does not serve), the activity
// as it is.
ProcessingActivity activityForClient(const ProcessingActivity& activity, qint64 clientId);

// The scope ACTIVITY keeps for CLIENTID, or nullptr.
const ClientScope* clientScopeOf(const ProcessingActivity& activity, qint64 clientId);

// Stops doing ACTIVITY for CLIENTID: the client leaves clientIds and its scope goes with it.
void removeClient(ProcessingActivity& activity, qint64 clientId);

} // namespace pr::core
