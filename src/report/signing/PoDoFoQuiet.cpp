#include "report/signing/PoDoFoQuiet.h"

#include <podofo/podofo.h>

namespace pr::report::detail {

void quietPoDoFo()
{
    static const bool quiet = [] {
        PoDoFo::PdfError::EnableLogging(false);
        PoDoFo::PdfError::EnableDebug(false);
        return true;
    }();
    (void)quiet;
}

} // namespace pr::report::detail
